package org.sendcpd.analysis;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;

/**
 * When a person is asked to rate their confidence again: once a term. The term of a date starts on
 * the latest of the school's own term start dates on or before it, when the school has set one
 * within the longest a term and its holiday last ({@value #LONGEST_TERM_DAYS} days); otherwise on
 * the usual English start, 1 September, 1 January or 1 April. A rating is due when the person has
 * none made on or after that start.
 */
public final class RatingTerm {

  static final int LONGEST_TERM_DAYS = 140;

  private RatingTerm() {}

  public static LocalDate startOf(LocalDate date, Collection<LocalDate> schoolTermStarts) {
    LocalDate latest = null;
    for (LocalDate start : schoolTermStarts) {
      if (!start.isAfter(date) && (latest == null || start.isAfter(latest))) {
        latest = start;
      }
    }
    if (latest != null && !latest.plusDays(LONGEST_TERM_DAYS).isBefore(date)) {
      return latest;
    }
    return usualStart(date);
  }

  static LocalDate usualStart(LocalDate date) {
    int year = date.getYear();
    if (date.getMonthValue() >= Month.SEPTEMBER.getValue()) {
      return LocalDate.of(year, Month.SEPTEMBER, 1);
    }
    return date.getMonthValue() >= Month.APRIL.getValue()
        ? LocalDate.of(year, Month.APRIL, 1)
        : LocalDate.of(year, Month.JANUARY, 1);
  }

  /** No rating since the term began (lastRated null: never rated). */
  public static boolean due(
      LocalDate date, Collection<LocalDate> schoolTermStarts, LocalDate lastRated) {
    return lastRated == null || lastRated.isBefore(startOf(date, schoolTermStarts));
  }
}
