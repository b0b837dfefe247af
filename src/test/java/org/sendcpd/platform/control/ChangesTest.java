package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendcpd.platform.control.Changes.Snapshot;

class ChangesTest {

  enum Role {
    TA,
    HLTA
  }

  @Test
  void namesEachChangedFieldWithOldAndNewValue() {
    Snapshot before =
        Snapshot.empty()
            .with("firstName", "Ellie")
            .with("team", "Year 2")
            .with("fte", new BigDecimal("1.00"));
    Snapshot after =
        Snapshot.empty()
            .with("firstName", "Ellie")
            .with("team", "Year 3")
            .with("fte", new BigDecimal("0.80"));

    assertEquals(
        "team: \"Year 2\" -> \"Year 3\"; fte: 1.0 -> 0.8", Changes.between(before, after).text());
  }

  @Test
  void equalValuesAreNoChange() {
    Changes changes =
        Changes.of()
            .field("fte", new BigDecimal("1"), new BigDecimal("1.00"))
            .field("team", null, " ")
            .field("roles", Set.of(), null)
            .field("targets", List.of("CI-02:2", "SL-01:1"), List.of("SL-01:1", "CI-02:2"));

    assertTrue(changes.isEmpty());
    assertNull(changes.text());
  }

  @Test
  void showsEmptyDatesEnumsAndSetsReadably() {
    String text =
        Changes.of()
            .field("leftDate", null, LocalDate.of(2026, 12, 31))
            .field("jobRole", Role.TA, Role.HLTA)
            .field("roles", Set.of("SENCO"), Set.of("SENCO", "HEAD"))
            .field("lineManagerId", 4L, null)
            .text();

    assertEquals(
        "leftDate: none -> 2026-12-31; jobRole: TA -> HLTA; roles: [SENCO] -> [HEAD, SENCO];"
            + " lineManagerId: 4 -> none",
        text);
  }

  @Test
  void longTextIsShortenedAndQuotesCannotBreakTheLine() {
    String text = Changes.of().field("reflection", "a \"b\"\n c", "x".repeat(200)).text();

    assertTrue(text.startsWith("reflection: \"a 'b' c\" -> \"xxx"), text);
    assertTrue(text.endsWith("x…\""), text);
    assertEquals("reflection: \"a 'b' c\" -> \"".length() + Changes.MAX_VALUE + 1, text.length());
  }

  @Test
  void aSecretSaysOnlyThatItChanged() {
    assertEquals(
        "password changed", Changes.of().secret("password", true).secret("pin", false).text());
  }

  @Test
  void aNewRecordListsItsFilledFields() {
    assertEquals(
        "team: none -> \"Year 1\"",
        Changes.created(Snapshot.empty().with("team", "Year 1").with("leftDate", null)).text());
  }
}
