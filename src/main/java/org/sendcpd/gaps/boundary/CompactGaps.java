package org.sendcpd.gaps.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sendcpd.gaps.boundary.GapJson.CourseJson;
import org.sendcpd.gaps.boundary.GapJson.SessionJson;

/**
 * Turns plain gap rows into the compact form as they come: each row keeps the ids of its closing
 * courses; every closing course is kept once, in the order first met, with the union of the
 * sessions the rows list (a full session appears only because someone on the page is booked on it);
 * and each person's bookings on them once. Free places are the session's, not the person's.
 */
final class CompactGaps {

  private static final Comparator<GapsCompactJson.Session> BY_START =
      Comparator.comparing(GapsCompactJson.Session::startsAt)
          .thenComparingLong(GapsCompactJson.Session::sessionId);

  private final Map<Long, CourseSeen> courses = new LinkedHashMap<>();
  private final Map<Long, Set<Long>> bookedByPerson = new LinkedHashMap<>();

  private static final class CourseSeen {
    final CourseJson first;
    final Map<String, Integer> levels = new TreeMap<>();
    final Map<Long, GapsCompactJson.Session> sessions = new LinkedHashMap<>();

    CourseSeen(CourseJson first) {
      this.first = first;
    }
  }

  /** The row in compact form; its courses are remembered for {@link #courses()}. */
  GapsCompactJson.Row add(GapJson row) {
    List<Long> courseIds = new ArrayList<>();
    for (CourseJson course : row.closingCourses()) {
      courseIds.add(course.courseId());
      CourseSeen seen = courses.computeIfAbsent(course.courseId(), id -> new CourseSeen(course));
      seen.levels.put(row.competenceCode(), course.level());
      for (SessionJson s : course.nextSessions()) {
        seen.sessions.putIfAbsent(
            s.sessionId(),
            new GapsCompactJson.Session(s.sessionId(), s.startsAt(), s.freePlaces()));
        if (s.booked()) {
          bookedByPerson
              .computeIfAbsent(row.staffId(), id -> new LinkedHashSet<>())
              .add(s.sessionId());
        }
      }
    }
    return new GapsCompactJson.Row(
        row.staffId(),
        row.staffName(),
        row.competenceCode(),
        row.framework(),
        row.required(),
        row.requiredLevel(),
        row.held(),
        row.heldLevel(),
        row.status(),
        row.levelsShort(),
        row.heldUntil(),
        row.fromObjective(),
        row.planned(),
        List.copyOf(courseIds),
        row.confidence());
  }

  /** Every closing course met so far, once, with its sessions in the order they start. */
  List<GapsCompactJson.Course> courses() {
    return courses.values().stream()
        .map(
            c ->
                new GapsCompactJson.Course(
                    c.first.courseId(),
                    c.first.title(),
                    c.first.delivery(),
                    new TreeMap<>(c.levels),
                    c.sessions.values().stream().sorted(BY_START).toList()))
        .toList();
  }

  /** Who is booked on which of the sessions met so far, person by person in the order met. */
  List<GapsCompactJson.Booked> bookings() {
    return bookedByPerson.entrySet().stream()
        .map(e -> new GapsCompactJson.Booked(e.getKey(), List.copyOf(e.getValue())))
        .toList();
  }

  /** The compact answer of the rows made by {@link #add}. */
  GapsCompactJson answer(List<GapsCompactJson.Row> rows) {
    return new GapsCompactJson(rows, courses(), bookings());
  }
}
