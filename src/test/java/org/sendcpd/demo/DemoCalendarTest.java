package org.sendcpd.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.calendar.control.TrainingDays;
import org.sendcpd.calendar.control.YearPlan;
import org.sendcpd.calendar.entity.InsetDay;
import org.sendcpd.calendar.entity.SchoolTerm;
import org.sendcpd.calendar.entity.SchoolYear;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;

class DemoCalendarTest {

  static final School SCHOOL = new School(DemoSchool.NAME, DemoSchool.URN, SchoolPhase.PRIMARY);

  @Test
  void theYear2026To27HasItsTermsHalfTermsAndFiveInsetDays() {
    SchoolYear year = DemoCalendar.year(SCHOOL, 2026);
    assertEquals("2026/27", year.getLabel());
    List<SchoolTerm> terms = year.getTerms();
    assertEquals(
        List.of("Autumn", "Spring", "Summer"), terms.stream().map(SchoolTerm::getName).toList());
    assertEquals(LocalDate.of(2026, 9, 1), terms.get(0).getStartsOn());
    assertEquals(LocalDate.of(2026, 12, 18), terms.get(0).getEndsOn());
    assertEquals(LocalDate.of(2026, 10, 26), terms.get(0).getHalfTermStartsOn());
    assertEquals(LocalDate.of(2027, 1, 4), terms.get(1).getStartsOn());
    assertEquals(LocalDate.of(2027, 2, 15), terms.get(1).getHalfTermStartsOn());
    assertEquals(LocalDate.of(2027, 3, 26), terms.get(1).getEndsOn());
    assertEquals(LocalDate.of(2027, 4, 12), terms.get(2).getStartsOn());
    assertEquals(LocalDate.of(2027, 5, 31), terms.get(2).getHalfTermStartsOn());
    assertEquals(LocalDate.of(2027, 7, 22), terms.get(2).getEndsOn());
    assertEquals(
        List.of(
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 9, 2),
            LocalDate.of(2027, 1, 4),
            LocalDate.of(2027, 4, 12),
            LocalDate.of(2027, 7, 22)),
        year.getInsetDays().stream().map(InsetDay::getDate).toList());
    assertEquals(List.of(), year.problems());
  }

  @Test
  void everyYearOfTheNextDecadeKeepsTheRules() {
    for (int start = 2024; start < 2036; start++) {
      SchoolYear year = DemoCalendar.year(SCHOOL, start);
      assertEquals(List.of(), year.problems(), year.getLabel());
      assertEquals(5, year.getInsetDays().size());
      assertTrue(
          year.getTerms().stream()
              .allMatch(t -> t.getHalfTermStartsOn().getDayOfWeek() == DayOfWeek.MONDAY),
          year.getLabel());
    }
  }

  /**
   * Whatever the day of the first start, each demo session lands on a school day of the demo's
   * calendar (the calendar's own rule), on the same side of that day as its offset says.
   */
  @Test
  void demoSessionsFallOnSchoolDaysWhicheverDayTheDemoFirstStarts() {
    List<JsonObject> sessions = DemoJson.objects(DemoJson.object("scenario.json"), "sessions");
    List<YearPlan> years =
        List.of(
            YearPlan.of(DemoCalendar.year(SCHOOL, 2025)),
            YearPlan.of(DemoCalendar.year(SCHOOL, 2026)),
            YearPlan.of(DemoCalendar.year(SCHOOL, 2027)));
    for (LocalDate today = LocalDate.of(2026, 9, 1);
        today.isBefore(LocalDate.of(2027, 9, 1));
        today = today.plusDays(1)) {
      for (JsonObject json : sessions) {
        LocalTime start = LocalTime.parse(json.getString("startTime"));
        LocalTime end = LocalTime.parse(json.getString("endTime"));
        int offset = json.getInt("dayOffset");
        LocalDate day =
            DemoCalendar.schoolDay(SCHOOL, today, today.plusDays(offset), start, end, true);
        assertEquals(
            List.of(),
            TrainingDays.concerns(years, day.atTime(start), day.atTime(end), true),
            json.getString("key") + " first started " + today);
        assertEquals(
            Integer.signum(offset),
            Integer.signum(day.compareTo(today)),
            json.getString("key") + " keeps its side of " + today);
      }
    }
  }
}
