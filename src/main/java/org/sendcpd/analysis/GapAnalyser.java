package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The training-gap matrix for a reference date. For each person in post it takes every competence
 * required of them, by their job role (the active frameworks' role requirements) or by an open
 * objective's target, the higher winning (fromObjective when the objective sets it above the
 * role's), plus every competence they hold without it being required (NOT_REQUIRED cells), and
 * gives each its status by {@link GapRule}. Leavers and people not yet started get no cells. A cell
 * is planned when the person is booked on a session starting on or after the date of a course whose
 * outcome on the competence reaches the required level.
 */
public class GapAnalyser {

  /** The default look-ahead for EXPIRING, in days. */
  public static final int DEFAULT_WINDOW_DAYS = 90;

  private final WorkforceIndex index;
  private final ClosingCourses closing;

  public GapAnalyser(Workforce workforce) {
    this(new WorkforceIndex(workforce));
  }

  GapAnalyser(WorkforceIndex index) {
    this.index = index;
    this.closing = new ClosingCourses(index);
  }

  /** Every person in post on the date, in the workforce's order, with the default window. */
  public GapReport gaps(LocalDate date) {
    return gaps(date, DEFAULT_WINDOW_DAYS);
  }

  /** Every person in post on the date, in the workforce's order. */
  public GapReport gaps(LocalDate date, int windowDays) {
    return report(index.people, p -> true, date, windowDays);
  }

  /** The people of one school in post on the date. */
  public GapReport gaps(long schoolId, LocalDate date, int windowDays) {
    return report(index.peopleOfSchool(schoolId), p -> true, date, windowDays);
  }

  /** The given staff in post on the date, in the workforce's order; unknown ids are ignored. */
  public GapReport gaps(LocalDate date, int windowDays, Collection<Long> staffIds) {
    Set<Long> wanted = new HashSet<>(WorkforceIndex.orEmpty(staffIds));
    return report(index.people, p -> wanted.contains(p.id()), date, windowDays);
  }

  /** One person's cells; empty for a leaver, a starter not yet in post or an unknown id. */
  public List<GapCell> gapsOf(long staffId, LocalDate date, int windowDays) {
    Person person = index.personById.get(staffId);
    if (person == null || !person.inPostOn(date)) {
      return List.of();
    }
    return cellsOf(person, date, windowDays);
  }

  /** The courses that close the cell, best first, with their next sessions (see ClosingCourses). */
  public List<ClosingCourse> howToClose(GapCell cell, LocalDate date) {
    return closing.howToClose(cell, date);
  }

  private GapReport report(
      List<Person> people, Predicate<Person> filter, LocalDate date, int windowDays) {
    List<GapCell> cells = new ArrayList<>();
    for (Person p : people) {
      if (filter.test(p) && p.inPostOn(date)) {
        cells.addAll(cellsOf(p, date, windowDays));
      }
    }
    return new GapReport(date, windowDays, List.copyOf(cells));
  }

  private List<GapCell> cellsOf(Person person, LocalDate date, int windowDays) {
    Map<Long, Integer> byRole = index.requiredOf(person);
    Map<Long, Integer> byObjective = index.objectiveTargets.getOrDefault(person.id(), Map.of());
    Map<Long, List<Evidence>> evidence = index.evidenceOf(person.id());
    Set<Long> competenceIds = new HashSet<>(byRole.keySet());
    competenceIds.addAll(byObjective.keySet());
    competenceIds.addAll(evidence.keySet());
    List<Long> ordered = new ArrayList<>(competenceIds);
    ordered.sort(index.competenceOrder());
    List<GapCell> cells = new ArrayList<>(ordered.size());
    for (Long competenceId : ordered) {
      GapRule.Requirement requirement =
          GapRule.Requirement.of(
              byRole.getOrDefault(competenceId, 0), byObjective.getOrDefault(competenceId, 0));
      GapCell cell =
          GapRule.cell(
              person.id(),
              competenceId,
              requirement,
              evidence.getOrDefault(competenceId, List.of()),
              date,
              windowDays,
              planned(person.id(), competenceId, requirement.level(), date));
      if (cell.status() != GapStatus.NOT_REQUIRED || cell.held() > 0) {
        cells.add(cell);
      }
    }
    return cells;
  }

  private boolean planned(long staffId, long competenceId, int required, LocalDate date) {
    int needed = Math.max(1, required);
    for (SessionOffer s : index.sessionsByBookedStaff.getOrDefault(staffId, List.of())) {
      CourseOffer course = index.courseById.get(s.courseId());
      if (course != null
          && !s.startsAt().toLocalDate().isBefore(date)
          && ClosingCourses.lowestSufficientLevel(course, competenceId, needed) > 0) {
        return true;
      }
    }
    return false;
  }
}
