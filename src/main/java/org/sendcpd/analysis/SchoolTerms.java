package org.sendcpd.analysis;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The terms of an academic year (1 September to 31 August) as the impact chain counts them: each
 * term runs from its first day to the day before the next term starts, and the last one to 31
 * August, so training in a holiday counts in the term before it. A school's own term dates are used
 * where it has entered them; otherwise autumn from 1 September, spring from 1 January and summer
 * from 1 April.
 */
public final class SchoolTerms {

  /** A term, with the days it covers for counting (holidays after it included). */
  public record Term(String name, LocalDate from, LocalDate to) {
    public boolean contains(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  /** A term as a school entered it: its name and first day. */
  public record Start(String name, LocalDate startsOn) {}

  private SchoolTerms() {}

  /** The academic year a date falls in, by the year it starts: 31 August 2027 is in 2026. */
  public static int startYearOf(LocalDate date) {
    return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
  }

  /** "2026/27" for the year starting in September 2026; -1 when the text is not one. */
  public static int startYearOf(String academicYear) {
    if (academicYear == null || !academicYear.matches("\\d{4}/\\d{2}")) {
      return -1;
    }
    int start = Integer.parseInt(academicYear.substring(0, 4));
    int end = Integer.parseInt(academicYear.substring(5));
    return (start + 1) % 100 == end ? start : -1;
  }

  public static String label(int startYear) {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }

  /** The terms of the year; {@code entered} may be empty or hold terms of the school's calendar. */
  public static List<Term> of(int startYear, List<Start> entered) {
    LocalDate first = LocalDate.of(startYear, Month.SEPTEMBER, 1);
    LocalDate last = LocalDate.of(startYear + 1, Month.AUGUST, 31);
    List<Start> starts =
        entered.stream()
            .filter(s -> !s.startsOn().isBefore(first) && !s.startsOn().isAfter(last))
            .sorted(Comparator.comparing(Start::startsOn))
            .toList();
    if (starts.isEmpty()) {
      starts =
          List.of(
              new Start("Autumn", first),
              new Start("Spring", LocalDate.of(startYear + 1, Month.JANUARY, 1)),
              new Start("Summer", LocalDate.of(startYear + 1, Month.APRIL, 1)));
    }
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      LocalDate from = i == 0 ? first : starts.get(i).startsOn();
      LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).startsOn().minusDays(1) : last;
      terms.add(new Term(starts.get(i).name(), from, to));
    }
    return List.copyOf(terms);
  }

  public static Optional<Term> termOf(List<Term> terms, LocalDate date) {
    return terms.stream().filter(t -> t.contains(date)).findFirst();
  }
}
