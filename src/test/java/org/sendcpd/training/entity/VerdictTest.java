package org.sendcpd.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerdictTest {

  static final Instant NOW = Instant.parse("2025-03-20T10:00:00Z");

  @Test
  void aNewVerdictIsPendingAndNamesNobody() {
    Verdict pending = Verdict.pending();
    assertEquals(RecordStatus.SELF_LOGGED, pending.getStatus());
    assertTrue(pending.isPending());
    assertFalse(pending.isVerified());
    assertNull(pending.getVerifiedBy());
    assertNull(pending.getVerifiedAt());
  }

  @Test
  void verifyingNamesWhoAndWhenAndNoReason() {
    Verdict verified = Verdict.verified("senco", NOW);
    assertTrue(verified.isVerified());
    assertFalse(verified.isPending());
    assertEquals("senco", verified.getVerifiedBy());
    assertEquals(NOW, verified.getVerifiedAt());
    assertNull(verified.getRejectionReason());
  }

  @Test
  void aRejectionKeepsItsReasonForThePersonWhoLoggedIt() {
    Verdict rejected = Verdict.rejected("senco", NOW, "certificate is for another person");
    assertEquals(RecordStatus.REJECTED, rejected.getStatus());
    assertFalse(rejected.isPending());
    assertFalse(rejected.isVerified());
    assertEquals("certificate is for another person", rejected.getRejectionReason());
    assertEquals("senco", rejected.getVerifiedBy());
  }

  @Test
  void aRejectionWithoutAReasonIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Verdict.rejected("senco", NOW, null));
    assertThrows(IllegalArgumentException.class, () -> Verdict.rejected("senco", NOW, " \n"));
  }
}
