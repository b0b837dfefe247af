package org.sendcpd.calendar.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.organisation.entity.School;

/**
 * A school's academic year, 1 September to 31 August, written "2026/27": its three terms (with
 * half-terms) and its INSET days. Each school sets its own dates, so each has its own year. The
 * training calendar shows them behind the sessions, and INSET days are where whole-staff training
 * goes.
 *
 * <p>{@link #problems()} states the rules a year's dates keep: terms and INSET days fall inside the
 * year, terms run in order without overlapping, a half-term lies inside its term, and INSET days
 * are distinct weekdays.
 */
@Entity
@Table(name = "school_year")
@NamedQuery(
    name = SchoolYear.FIND_BY_SCHOOL,
    query = "SELECT y FROM SchoolYear y WHERE y.school.id = :schoolId ORDER BY y.startsOn")
public class SchoolYear {

  public static final String FIND_BY_SCHOOL = "SchoolYear.findBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @NotNull
  @Size(max = 7)
  private String label;

  @NotNull
  @Column(name = "starts_on")
  private LocalDate startsOn;

  @NotNull
  @Column(name = "ends_on")
  private LocalDate endsOn;

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<SchoolTerm> terms = new ArrayList<>();

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("date")
  private List<InsetDay> insetDays = new ArrayList<>();

  protected SchoolYear() {}

  /** The year that starts on 1 September of {@code startYear}. */
  public SchoolYear(School school, int startYear) {
    this.school = school;
    this.startsOn = LocalDate.of(startYear, Month.SEPTEMBER, 1);
    this.endsOn = LocalDate.of(startYear + 1, Month.AUGUST, 31);
    this.label = labelOf(startYear);
  }

  /** "2026/27" for the year starting in September 2026. */
  public static String labelOf(int startYear) {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }

  /** The calendar year in which the academic year of a date starts. */
  public static int startYearOf(LocalDate date) {
    return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
  }

  public SchoolTerm addTerm(String name, LocalDate starts, LocalDate ends) {
    SchoolTerm term = new SchoolTerm(this, name, terms.size() + 1, starts, ends);
    terms.add(term);
    return term;
  }

  public InsetDay addInsetDay(LocalDate date, String note) {
    InsetDay day = new InsetDay(this, date, note);
    insetDays.add(day);
    return day;
  }

  /** Forgets the terms and INSET days, before the whole plan is set again. */
  public void clearDates() {
    terms.clear();
    insetDays.clear();
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(startsOn) && !date.isAfter(endsOn);
  }

  /** What breaks the rules of a school year, field by field; empty when the dates hold together. */
  public List<Map<String, String>> problems() {
    List<Map<String, String>> problems = new ArrayList<>();
    LocalDate previousEnd = null;
    for (int i = 0; i < terms.size(); i++) {
      SchoolTerm term = terms.get(i);
      String field = "terms[" + i + "]";
      if (!contains(term.getStartsOn()) || !contains(term.getEndsOn())) {
        problems.add(problem(field, term.getName() + " term must fall within " + label));
      } else if (term.getEndsOn().isBefore(term.getStartsOn())) {
        problems.add(problem(field, term.getName() + " term must end after it starts"));
      } else if (previousEnd != null && !term.getStartsOn().isAfter(previousEnd)) {
        problems.add(problem(field, term.getName() + " term must start after the term before"));
      }
      halfTermProblem(term, field).ifPresent(problems::add);
      previousEnd = term.getEndsOn();
    }
    List<LocalDate> seen = new ArrayList<>();
    for (int i = 0; i < insetDays.size(); i++) {
      LocalDate date = insetDays.get(i).getDate();
      String field = "insetDays[" + i + "]";
      if (!contains(date)) {
        problems.add(problem(field, "INSET day " + date + " is not in " + label));
      } else if (isWeekend(date)) {
        problems.add(problem(field, "INSET day " + date + " falls on a weekend"));
      } else if (seen.contains(date)) {
        problems.add(problem(field, "INSET day " + date + " is given twice"));
      }
      seen.add(date);
    }
    return problems;
  }

  private static Optional<Map<String, String>> halfTermProblem(SchoolTerm term, String field) {
    LocalDate from = term.getHalfTermStartsOn();
    LocalDate to = term.getHalfTermEndsOn();
    if (from == null && to == null) {
      return Optional.empty();
    }
    String name = term.getName() + " half-term";
    if (from == null || to == null) {
      return Optional.of(problem(field + ".halfTerm", name + " needs both dates"));
    }
    boolean inside =
        !from.isBefore(term.getStartsOn()) && !to.isAfter(term.getEndsOn()) && !to.isBefore(from);
    return inside
        ? Optional.empty()
        : Optional.of(problem(field + ".halfTerm", name + " must lie inside the term"));
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static Map<String, String> problem(String field, String message) {
    return Map.of("field", field, "message", message);
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public String getLabel() {
    return label;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public List<SchoolTerm> getTerms() {
    return Collections.unmodifiableList(terms);
  }

  public List<InsetDay> getInsetDays() {
    return Collections.unmodifiableList(insetDays);
  }
}
