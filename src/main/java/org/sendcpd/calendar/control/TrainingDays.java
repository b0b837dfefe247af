package org.sendcpd.calendar.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a school trains its staff: on school days, after school ("twilights") or on INSET days, not
 * at weekends or in the holidays. A day is in the holidays when it falls in a school year the
 * school has set but in none of its terms, or in a term's half-term; outside a set year only the
 * weekend is known. An in-house session of four hours or more on a term day that is not an INSET
 * day takes the staff from their classes, so it wants an INSET day (outside trainers' day courses
 * release a few people with cover, so they may run on any school day).
 */
public final class TrainingDays {

  static final Duration DAY_LONG = Duration.ofHours(4);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", Locale.UK);

  private TrainingDays() {}

  public static List<String> concerns(
      List<YearPlan> years, LocalDateTime startsAt, LocalDateTime endsAt, boolean inHouse) {
    List<String> concerns = new ArrayList<>();
    if (startsAt == null) {
      return concerns;
    }
    LocalDate day = startsAt.toLocalDate();
    String named = DAY.format(day);
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      concerns.add(named + " is a weekend");
      return concerns;
    }
    Optional<YearPlan> year = yearOf(years, day);
    if (year.isEmpty()) {
      return concerns;
    }
    Optional<YearPlan.TermPlan> term = termOf(year.get(), day);
    if (term.isEmpty()) {
      concerns.add(named + " is in the school holidays");
    } else if (inHalfTerm(term.get(), day)) {
      concerns.add(named + " is in the " + term.get().name() + " half-term");
    } else if (inHouse
        && endsAt != null
        && !Duration.between(startsAt, endsAt).minus(DAY_LONG).isNegative()
        && year.get().insetDays().stream().noneMatch(d -> day.equals(d.date()))) {
      concerns.add(
          "an in-house session of four hours or more on "
              + named
              + " takes staff from their classes: an INSET day suits it");
    }
    return concerns;
  }

  /** The set year the day falls in (September to August), when it has terms. */
  private static Optional<YearPlan> yearOf(List<YearPlan> years, LocalDate day) {
    int startYear = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    return years.stream()
        .filter(y -> y.startYear() == startYear && !y.terms().isEmpty())
        .findFirst();
  }

  private static Optional<YearPlan.TermPlan> termOf(YearPlan year, LocalDate day) {
    return year.terms().stream()
        .filter(t -> !day.isBefore(t.startsOn()) && !day.isAfter(t.endsOn()))
        .findFirst();
  }

  private static boolean inHalfTerm(YearPlan.TermPlan term, LocalDate day) {
    return term.halfTermStartsOn() != null
        && term.halfTermEndsOn() != null
        && !day.isBefore(term.halfTermStartsOn())
        && !day.isAfter(term.halfTermEndsOn());
  }
}
