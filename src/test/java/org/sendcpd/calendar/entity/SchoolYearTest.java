package org.sendcpd.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;

class SchoolYearTest {

  static final School SCHOOL = new School("Test School", "990099", SchoolPhase.PRIMARY);

  SchoolYear year() {
    SchoolYear year = new SchoolYear(SCHOOL, 2026);
    year.addTerm("Autumn", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18))
        .setHalfTerm(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30));
    year.addTerm("Spring", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26));
    year.addInsetDay(LocalDate.of(2026, 9, 1), null);
    return year;
  }

  static List<String> fields(SchoolYear year) {
    return year.problems().stream().map(p -> p.get("field")).toList();
  }

  @Test
  void runsFromSeptemberToAugustAndIsWrittenAsSchoolsWriteIt() {
    SchoolYear year = new SchoolYear(SCHOOL, 2026);
    assertEquals("2026/27", year.getLabel());
    assertEquals(LocalDate.of(2026, 9, 1), year.getStartsOn());
    assertEquals(LocalDate.of(2027, 8, 31), year.getEndsOn());
    assertEquals(2025, SchoolYear.startYearOf(LocalDate.of(2026, 8, 31)));
    assertEquals(2026, SchoolYear.startYearOf(LocalDate.of(2026, 9, 1)));
    assertEquals("2099/00", SchoolYear.labelOf(2099));
  }

  @Test
  void wellFormedDatesHaveNoProblems() {
    assertEquals(List.of(), year().problems());
  }

  @Test
  void aTermOutsideTheYearOrBeforeThePreviousOneIsRefused() {
    SchoolYear year = year();
    year.addTerm("Summer", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 7, 22));
    year.addTerm("Extra", LocalDate.of(2027, 8, 30), LocalDate.of(2027, 9, 3));
    assertEquals(List.of("terms[2]", "terms[3]"), fields(year));
    assertTrue(year.problems().get(0).get("message").contains("after the term before"));
  }

  @Test
  void aHalfTermMustHaveBothDatesAndLieInsideItsTerm() {
    SchoolYear year = year();
    year.addTerm("Summer", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 22))
        .setHalfTerm(LocalDate.of(2027, 7, 19), LocalDate.of(2027, 7, 30));
    year.addTerm("Odd", LocalDate.of(2027, 7, 26), LocalDate.of(2027, 8, 20))
        .setHalfTerm(LocalDate.of(2027, 8, 2), null);
    assertEquals(List.of("terms[2].halfTerm", "terms[3].halfTerm"), fields(year));
  }

  @Test
  void insetDaysAreDistinctWeekdaysOfTheYear() {
    SchoolYear year = year();
    year.addInsetDay(LocalDate.of(2026, 9, 1), "again");
    year.addInsetDay(LocalDate.of(2026, 9, 5), "a Saturday");
    year.addInsetDay(LocalDate.of(2027, 9, 1), "next year");
    List<Map<String, String>> problems = year.problems();
    assertEquals(List.of("insetDays[1]", "insetDays[2]", "insetDays[3]"), fields(year));
    assertTrue(problems.get(1).get("message").contains("weekend"), problems.toString());
  }
}
