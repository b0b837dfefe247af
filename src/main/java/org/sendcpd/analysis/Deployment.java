package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Where an adult works: a group (a class, year group or provision, named as need profiles and rule
 * scopes name it) on some days of the week, between optional dates (both inclusive; a TA who moves
 * class at Easter has one deployment ending the day before and another starting then). A day means
 * the adult works with the group for some or all of it: a TA in Year 1 in the mornings and in The
 * Hive in the afternoons is deployed to both on those days.
 */
public record Deployment(
    long staffId, String group, Set<DayOfWeek> days, LocalDate from, LocalDate to) {

  public boolean activeOn(LocalDate date) {
    return (from == null || !from.isAfter(date)) && (to == null || !to.isBefore(date));
  }

  /** Whether the adult is with the group on that weekday in the pattern in force on the date. */
  public boolean covers(DayOfWeek day, LocalDate date) {
    return days != null && days.contains(day) && activeOn(date);
  }
}
