package org.sendcpd.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;

/**
 * School days of the demo school's calendar for tests that plan sessions there: the calendar the
 * demo loads on the first start, read by the calendar's own rule, so a test never plans at a
 * weekend or in the holidays by the accident of the day it runs.
 */
public final class DemoSchoolDays {

  private static final School DEMO =
      new School(DemoSchool.NAME, DemoSchool.URN, SchoolPhase.PRIMARY);

  private DemoSchoolDays() {}

  /** The first school day on or after {@code day} for a twilight (15:45 to 17:15). */
  public static LocalDate from(LocalDate day) {
    return DemoCalendar.schoolDay(
        DEMO, day.minusDays(1), day, LocalTime.of(15, 45), LocalTime.of(17, 15), true);
  }
}
