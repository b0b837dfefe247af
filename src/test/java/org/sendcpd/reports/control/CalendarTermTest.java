package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.calendar.control.YearPlan;
import org.sendcpd.calendar.control.YearPlan.InsetPlan;
import org.sendcpd.calendar.control.YearPlan.TermPlan;

/** Which term the calendar report covers: the one containing the date, else the next to start. */
class CalendarTermTest {

  static final YearPlan YEAR =
      new YearPlan(
          2026,
          "2026/27",
          List.of(
              new TermPlan("Autumn", day(2026, 9, 1), day(2026, 12, 18), null, null),
              new TermPlan("Spring", day(2027, 1, 4), day(2027, 3, 26), null, null),
              new TermPlan("Summer", day(2027, 4, 12), day(2027, 7, 22), null, null)),
          List.of(
              new InsetPlan(day(2026, 9, 1), "Safeguarding"),
              new InsetPlan(day(2027, 1, 4), null)));

  static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void aSchoolDayIsInItsTerm() {
    var term = CalendarData.termOf(List.of(YEAR), day(2026, 11, 23)).orElseThrow();
    assertEquals("Autumn", term.plan().name());
    assertEquals(List.of(new InsetPlan(day(2026, 9, 1), "Safeguarding")), term.insetDays());
  }

  @Test
  void theLastDayOfATermIsStillInIt() {
    assertEquals(
        "Autumn",
        CalendarData.termOf(List.of(YEAR), day(2026, 12, 18)).orElseThrow().plan().name());
  }

  @Test
  void aHolidayGivesTheNextTerm() {
    var term = CalendarData.termOf(List.of(YEAR), day(2026, 12, 25)).orElseThrow();
    assertEquals("Spring", term.plan().name());
    assertEquals(1, term.insetDays().size());
    assertEquals(
        "Summer", CalendarData.termOf(List.of(YEAR), day(2027, 4, 1)).orElseThrow().plan().name());
  }

  @Test
  void afterTheLastTermSetThereIsNone() {
    assertTrue(CalendarData.termOf(List.of(YEAR), day(2027, 8, 1)).isEmpty());
  }
}
