package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.platform.control.InvalidInputException;

class GapStatusFilterTest {

  @Test
  void namesCommaSeparatedOrRepeatedInAnyCase() {
    assertEquals(
        EnumSet.of(GapStatus.GAP, GapStatus.EXPIRING, GapStatus.NOT_REQUIRED),
        GapStatusFilter.of(List.of("gap, Expiring", "not-required")).wanted());
    assertFalse(GapStatusFilter.of(List.of("GAP")).keepsEvery());
  }

  @Test
  void noneNamedKeepsEvery() {
    assertTrue(GapStatusFilter.of(null).keepsEvery());
    assertTrue(GapStatusFilter.of(List.of("", " , ")).keepsEvery());
    assertTrue(
        GapStatusFilter.of(Arrays.stream(GapStatus.values()).map(Enum::name).toList())
            .keepsEvery());
  }

  @Test
  void anUnknownNameIsRefusedWithTheKnownOnes() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> GapStatusFilter.of(List.of("GAP,BOGUS")));
    assertEquals(
        "status 'BOGUS' is not one of MET, GAP, EXPIRING, PENDING, NOT_REQUIRED",
        refused.getMessage());
  }
}
