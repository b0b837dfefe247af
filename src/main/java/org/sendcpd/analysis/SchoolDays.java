package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/**
 * The school week (Monday to Friday) and how groups are matched: a group is named the same when the
 * names agree ignoring case and spacing, so "Year 2" in a need profile, "year 2" in a deployment
 * and "Protocol P3 (Year 2)" as a rule's scope (see {@link RuleScope}) meet.
 */
public final class SchoolDays {

  public static final List<DayOfWeek> WEEK =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  private SchoolDays() {}

  /** "MON" for Monday: the API's and the CSV's code of a day. */
  public static String code(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  /** The school day a code names ("MON", "tue", "Wednesday"), or null for anything else. */
  public static DayOfWeek parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.length() < 3) {
      return null;
    }
    for (DayOfWeek day : WEEK) {
      if (day.name().startsWith(t) && (t.length() == 3 || t.equals(day.name()))) {
        return day;
      }
    }
    return null;
  }

  /** The key two group names share when they name the same group. */
  public static String groupKey(String group) {
    return group == null ? "" : group.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
