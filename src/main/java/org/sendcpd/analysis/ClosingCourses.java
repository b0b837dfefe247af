package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a gap closes: every course with an outcome on the competence at the required level or above,
 * best first (the lowest sufficient level, then the fewest hours, then title), each with its next
 * sessions starting on or after the date that have a free place or on which the person is already
 * booked, at most {@link #MAX_SESSIONS} per course. A course with no coming session is still listed
 * (with no sessions) so the SENCO knows to schedule one. Sessions of every school are offered: in a
 * trust, a place at a sister school's session closes a gap as well.
 */
final class ClosingCourses {

  static final int MAX_SESSIONS = 3;

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingInt(Candidate::level)
          .thenComparingDouble(c -> c.course().hours())
          .thenComparing(c -> c.course().title(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(c -> c.course().id());

  private final WorkforceIndex index;

  ClosingCourses(WorkforceIndex index) {
    this.index = index;
  }

  private record Candidate(CourseOffer course, int level) {}

  List<ClosingCourse> howToClose(GapCell cell, LocalDate date) {
    int needed = Math.max(1, cell.required());
    List<Candidate> candidates = new ArrayList<>();
    for (CourseOffer course :
        index.coursesByCompetence.getOrDefault(cell.competenceId(), List.of())) {
      int level = lowestSufficientLevel(course, cell.competenceId(), needed);
      if (level > 0) {
        candidates.add(new Candidate(course, level));
      }
    }
    candidates.sort(BEST_FIRST);
    List<ClosingCourse> result = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      result.add(
          new ClosingCourse(
              c.course().id(),
              c.course().title(),
              c.course().delivery(),
              c.level(),
              nextSessions(c.course().id(), cell.staffId(), date)));
    }
    return result;
  }

  /** The lowest outcome level on the competence that reaches the needed level, 0 when none. */
  static int lowestSufficientLevel(CourseOffer course, long competenceId, int needed) {
    int best = 0;
    for (CourseOffer.Outcome o : WorkforceIndex.orEmpty(course.outcomes())) {
      if (o.competenceId() == competenceId
          && o.level() >= needed
          && (best == 0 || o.level() < best)) {
        best = o.level();
      }
    }
    return best;
  }

  private List<ClosingCourse.ClosingSession> nextSessions(
      long courseId, long staffId, LocalDate date) {
    List<ClosingCourse.ClosingSession> sessions = new ArrayList<>();
    for (SessionOffer s : index.sessionsByCourse.getOrDefault(courseId, List.of())) {
      if (sessions.size() == MAX_SESSIONS) {
        break;
      }
      boolean booked = WorkforceIndex.booked(s).contains(staffId);
      if (!s.startsAt().toLocalDate().isBefore(date) && (booked || s.freePlaces() > 0)) {
        sessions.add(
            new ClosingCourse.ClosingSession(s.id(), s.startsAt(), s.freePlaces(), booked));
      }
    }
    return List.copyOf(sessions);
  }
}
