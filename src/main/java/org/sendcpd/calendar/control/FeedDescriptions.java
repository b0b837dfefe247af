package org.sendcpd.calendar.control;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a feed's event, as a calendar app shows it when the event is opened: the course, what
 * it evidences (competence and level), the place, the facilitator and the session's page.
 */
final class FeedDescriptions {

  static final String OUTCOMES =
      "SELECT o.course.id, comp.code, comp.statement, o.competenceLevel.rank, a.framework.id"
          + " FROM CourseOutcome o JOIN o.competenceLevel.competence comp JOIN comp.area a"
          + " WHERE o.course.id IN :courses ORDER BY o.course.id, comp.code";
  static final String LEVELS = "SELECT l.framework.id, l.rank, l.name FROM FrameworkLevel l";

  private final Map<Long, List<String>> evidencedByCourse;

  private FeedDescriptions(Map<Long, List<String>> evidencedByCourse) {
    this.evidencedByCourse = evidencedByCourse;
  }

  static FeedDescriptions of(EntityManager em, List<Long> courses) {
    Map<Long, List<String>> evidenced = new HashMap<>();
    if (courses.isEmpty()) {
      return new FeedDescriptions(evidenced);
    }
    Map<String, String> levels = new HashMap<>();
    for (Object[] l : em.createQuery(LEVELS, Object[].class).getResultList()) {
      levels.put(l[0] + "/" + l[1], (String) l[2]);
    }
    for (Object[] o :
        em.createQuery(OUTCOMES, Object[].class).setParameter("courses", courses).getResultList()) {
      String level = levels.getOrDefault(o[4] + "/" + o[3], "level " + o[3]);
      evidenced
          .computeIfAbsent(((Number) o[0]).longValue(), k -> new ArrayList<>())
          .add(o[1] + " " + o[2] + " (" + level + ")");
    }
    return new FeedDescriptions(evidenced);
  }

  String of(FeedContent.SessionFacts session, URI link) {
    StringBuilder text = new StringBuilder(session.title());
    List<String> evidenced = evidencedByCourse.getOrDefault(session.courseId(), List.of());
    if (!evidenced.isEmpty()) {
      text.append("\nEvidences: ").append(String.join("; ", evidenced));
    }
    if (session.place() != null && !session.place().isBlank()) {
      text.append("\nPlace: ").append(session.place());
    }
    if (session.facilitator() != null && !session.facilitator().isBlank()) {
      text.append("\nFacilitator: ").append(session.facilitator());
    }
    return text.append("\nIn SEND CPD: ").append(link).toString();
  }
}
