package org.sendcpd.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingDaysTest {

  /** Autumn 2026 with its October half-term, spring 2027; INSET on the first day of autumn. */
  static final List<YearPlan> YEARS =
      List.of(
          new YearPlan(
              2026,
              "2026/27",
              List.of(
                  new YearPlan.TermPlan(
                      "Autumn",
                      LocalDate.of(2026, 9, 1),
                      LocalDate.of(2026, 12, 18),
                      LocalDate.of(2026, 10, 26),
                      LocalDate.of(2026, 10, 30)),
                  new YearPlan.TermPlan(
                      "Spring", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26), null, null)),
              List.of(new YearPlan.InsetPlan(LocalDate.of(2026, 9, 1), "SEND priorities"))));

  @Test
  void aTwilightOnATermDayIsUsual() {
    assertEquals(List.of(), concerns(LocalDate.of(2026, 12, 8), 15, 45, 17, 15));
  }

  @Test
  void aWeekendIsNamedWhateverTheYear() {
    assertEquals(
        List.of("Saturday 12/12/2026 is a weekend"),
        concerns(LocalDate.of(2026, 12, 12), 9, 0, 12, 0));
    assertEquals(
        List.of("Sunday 06/12/2099 is a weekend"),
        concerns(LocalDate.of(2099, 12, 6), 9, 0, 10, 0));
  }

  @Test
  void theHolidaysAreBetweenTermsAndInHalfTerms() {
    assertEquals(
        List.of("Wednesday 23/12/2026 is in the school holidays"),
        concerns(LocalDate.of(2026, 12, 23), 15, 45, 17, 0));
    assertEquals(
        List.of("Tuesday 27/10/2026 is in the Autumn half-term"),
        concerns(LocalDate.of(2026, 10, 27), 15, 45, 17, 0));
  }

  @Test
  void aDayLongSessionWantsAnInsetDay() {
    assertEquals(
        List.of(
            "an in-house session of four hours or more on Tuesday 08/12/2026 takes staff from their"
                + " classes: an INSET day suits it"),
        concerns(LocalDate.of(2026, 12, 8), 9, 0, 15, 0));
    assertEquals(
        List.of(),
        TrainingDays.concerns(
            YEARS,
            LocalDateTime.of(2026, 12, 8, 9, 0),
            LocalDateTime.of(2026, 12, 8, 15, 0),
            false),
        "an outside trainer's day course releases a few people with cover");
    assertEquals(List.of(), concerns(LocalDate.of(2026, 9, 1), 9, 0, 15, 0), "the INSET day");
  }

  @Test
  void outsideTheYearsSetOnlyTheWeekendIsKnown() {
    assertEquals(List.of(), concerns(LocalDate.of(2027, 9, 14), 9, 0, 15, 0));
    assertEquals(
        List.of("Tuesday 10/08/2027 is in the school holidays"),
        concerns(LocalDate.of(2027, 8, 10), 9, 0, 10, 0));
  }

  private static List<String> concerns(LocalDate day, int h1, int m1, int h2, int m2) {
    return TrainingDays.concerns(
        YEARS, LocalDateTime.of(day, java.time.LocalTime.of(h1, m1)), day.atTime(h2, m2), true);
  }
}
