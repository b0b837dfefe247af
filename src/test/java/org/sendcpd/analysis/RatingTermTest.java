package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTermTest {

  private static final List<LocalDate> OAKFIELD =
      List.of(LocalDate.of(2026, 9, 3), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 4, 19));

  @Test
  void theSchoolsOwnTermStartCounts() {
    assertEquals(
        LocalDate.of(2026, 9, 3), RatingTerm.startOf(LocalDate.of(2026, 11, 23), OAKFIELD));
    assertEquals(LocalDate.of(2027, 1, 5), RatingTerm.startOf(LocalDate.of(2027, 2, 1), OAKFIELD));
    // the Easter holiday still belongs to the spring term
    assertEquals(LocalDate.of(2027, 1, 5), RatingTerm.startOf(LocalDate.of(2027, 4, 10), OAKFIELD));
  }

  @Test
  void withoutASchoolCalendarTheUsualStartsCount() {
    assertEquals(
        LocalDate.of(2026, 9, 1), RatingTerm.startOf(LocalDate.of(2026, 11, 23), List.of()));
    assertEquals(
        LocalDate.of(2027, 1, 1), RatingTerm.startOf(LocalDate.of(2027, 3, 31), List.of()));
    assertEquals(
        LocalDate.of(2027, 4, 1), RatingTerm.startOf(LocalDate.of(2027, 8, 31), List.of()));
  }

  @Test
  void aCalendarFromLongAgoIsNotUsed() {
    assertEquals(LocalDate.of(2028, 1, 1), RatingTerm.startOf(LocalDate.of(2028, 2, 1), OAKFIELD));
  }

  @Test
  void dueWhenNeverRatedOrOnlyBeforeTheTermBegan() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertTrue(RatingTerm.due(today, OAKFIELD, null));
    assertTrue(RatingTerm.due(today, OAKFIELD, LocalDate.of(2026, 9, 2)));
    assertFalse(RatingTerm.due(today, OAKFIELD, LocalDate.of(2026, 9, 3)));
    assertFalse(RatingTerm.due(today, OAKFIELD, LocalDate.of(2026, 11, 20)));
  }
}
