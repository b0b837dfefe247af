package org.sendcpd.calendar.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.calendar.entity.SchoolYear;

/** A school year's dates as screens and callers see and send them: terms and INSET days. */
public record YearPlan(int startYear, String label, List<TermPlan> terms, List<InsetPlan> insetDays)
    implements Serializable {

  /** One term, with its half-term when there is one. */
  public record TermPlan(
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDate halfTermStartsOn,
      LocalDate halfTermEndsOn)
      implements Serializable {}

  /** One INSET day and what it is for. */
  public record InsetPlan(LocalDate date, String note) implements Serializable {}

  public YearPlan {
    terms = List.copyOf(terms);
    insetDays = List.copyOf(insetDays);
  }

  public static YearPlan of(SchoolYear year) {
    return new YearPlan(
        year.getStartsOn().getYear(),
        year.getLabel(),
        year.getTerms().stream()
            .map(
                t ->
                    new TermPlan(
                        t.getName(),
                        t.getStartsOn(),
                        t.getEndsOn(),
                        t.getHalfTermStartsOn(),
                        t.getHalfTermEndsOn()))
            .toList(),
        year.getInsetDays().stream().map(d -> new InsetPlan(d.getDate(), d.getNote())).toList());
  }

  /** A year with no dates yet, for a school that has not set it. */
  public static YearPlan empty(int startYear) {
    return new YearPlan(startYear, SchoolYear.labelOf(startYear), List.of(), List.of());
  }
}
