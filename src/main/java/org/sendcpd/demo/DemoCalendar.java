package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.sendcpd.calendar.control.TrainingDays;
import org.sendcpd.calendar.control.YearPlan;
import org.sendcpd.calendar.entity.SchoolTerm;
import org.sendcpd.calendar.entity.SchoolYear;
import org.sendcpd.organisation.entity.School;

/**
 * The demo school's academic year, the one the load date falls in, with dates the way English
 * schools usually set them: autumn from the first weekday of September to the last Friday before
 * Christmas, spring from the first weekday after New Year to the Friday before April, summer from
 * two weeks later to 22 July; half-terms in the last week of October, the week of the third Monday
 * of February and the week of the late-May bank holiday. The five INSET days are the first two days
 * of autumn, the first days of spring and summer, and the last day of summer.
 */
final class DemoCalendar {

  private final EntityManager em;
  private final DemoSetting setting;

  DemoCalendar(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load() {
    em.persist(year(setting.school, SchoolYear.startYearOf(setting.today)));
  }

  static SchoolYear year(School school, int start) {
    SchoolYear year = new SchoolYear(school, start);
    LocalDate autumnStart = weekdayFrom(LocalDate.of(start, Month.SEPTEMBER, 1));
    SchoolTerm autumn =
        year.addTerm("Autumn", autumnStart, fridayUpTo(LocalDate.of(start, Month.DECEMBER, 20)));
    LocalDate october = lastFullWeekMonday(LocalDate.of(start, Month.OCTOBER, 31));
    autumn.setHalfTerm(october, october.plusDays(4));

    int next = start + 1;
    LocalDate springStart = weekdayFrom(LocalDate.of(next, Month.JANUARY, 4));
    LocalDate springEnd = fridayUpTo(LocalDate.of(next, Month.APRIL, 1));
    SchoolTerm spring = year.addTerm("Spring", springStart, springEnd);
    LocalDate february =
        LocalDate.of(next, Month.FEBRUARY, 1)
            .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    spring.setHalfTerm(february, february.plusDays(4));

    LocalDate summerStart = springEnd.plusDays(17);
    LocalDate summerEnd = weekdayUpTo(LocalDate.of(next, Month.JULY, 22));
    SchoolTerm summer = year.addTerm("Summer", summerStart, summerEnd);
    LocalDate may =
        LocalDate.of(next, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    summer.setHalfTerm(may, may.plusDays(4));

    year.addInsetDay(autumnStart, "Safeguarding update and SEND priorities for the year");
    year.addInsetDay(weekdayFrom(autumnStart.plusDays(1)), "Adaptive teaching workshops");
    year.addInsetDay(springStart, "Autism good practice: whole staff");
    year.addInsetDay(summerStart, "Positive handling refresher");
    year.addInsetDay(summerEnd, "Provision mapping and transition planning");
    return year;
  }

  /**
   * The school day nearest a demo date on which a session keeps its times, by the calendar's own
   * rule ({@link TrainingDays}): the file gives dates as offsets from the first start, which may
   * fall at a weekend or in the holidays. A session that took place moves earlier and one to come
   * moves later, so neither crosses the first start.
   */
  static LocalDate schoolDay(
      School school,
      LocalDate today,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      boolean inHouse) {
    boolean earlier = date.isBefore(today);
    int startYear = SchoolYear.startYearOf(date);
    List<YearPlan> years =
        List.of(
            YearPlan.of(year(school, startYear - 1)),
            YearPlan.of(year(school, startYear)),
            YearPlan.of(year(school, startYear + 1)));
    LocalDate day = date;
    while (!TrainingDays.concerns(years, day.atTime(start), day.atTime(end), inHouse).isEmpty()) {
      day = earlier ? day.minusDays(1) : day.plusDays(1);
    }
    return day;
  }

  private static LocalDate weekdayFrom(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static LocalDate weekdayUpTo(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
      day = day.minusDays(1);
    }
    return day;
  }

  private static LocalDate fridayUpTo(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
  }

  /** The Monday of the last Monday-to-Friday week that ends on or before {@code monthEnd}. */
  private static LocalDate lastFullWeekMonday(LocalDate monthEnd) {
    return fridayUpTo(monthEnd).minusDays(4);
  }
}
