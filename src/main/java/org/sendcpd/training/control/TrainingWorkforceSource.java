package org.sendcpd.training.control;

import static org.sendcpd.workforce.control.WorkforceQuery.id;
import static org.sendcpd.workforce.control.WorkforceQuery.name;
import static org.sendcpd.workforce.control.WorkforceQuery.number;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendcpd.analysis.CourseOffer;
import org.sendcpd.analysis.CpdActivity;
import org.sendcpd.analysis.Evidence;
import org.sendcpd.analysis.LedSession;
import org.sendcpd.analysis.SessionOffer;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordStatus;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.workforce.control.WorkforceParts;
import org.sendcpd.workforce.control.WorkforceQuery;
import org.sendcpd.workforce.control.WorkforceSource;

/**
 * The training the analysis reads: evidence from verified and self-logged records, the active
 * courses with what they credit, the sessions still to come with who holds a place, and the
 * verified activity for hours and spend.
 */
@ApplicationScoped
public class TrainingWorkforceSource implements WorkforceSource {

  static final String EVIDENCE =
      "SELECT r.id, s.id, o.competenceLevel.competence.id, o.competenceLevel.rank, r.verdict.status, r.completedOn, r.expiresOn,"
          + " r.courseId FROM CpdOutcome o JOIN o.record r JOIN r.staffMember s"
          + " WHERE SCOPE(s.school.id) AND r.verdict.status IN :counted";
  static final String COURSES =
      "SELECT c.id, c.title, c.delivery, c.hours, c.costPerPlace, c.validityMonths FROM Course c"
          + " LEFT JOIN c.school s WHERE c.active = TRUE AND (s IS NULL OR SCOPE(s.id))";
  static final String OUTCOMES =
      "SELECT c.id, o.competenceLevel.competence.id, o.competenceLevel.rank FROM CourseOutcome o JOIN o.course c"
          + " LEFT JOIN c.school s WHERE c.active = TRUE AND (s IS NULL OR SCOPE(s.id))";

  /** A school's sessions and those open to the whole trust, which its staff may book too. */
  static final String SESSIONS =
      "SELECT t.id, t.course.id, t.school.id, t.startsAt, t.capacity FROM TrainingSession t"
          + " WHERE (SCOPE(t.school.id) OR t.openToTrust = TRUE) AND t.startsAt >= :from"
          + " AND t.status IN :open";

  static final String PLACES =
      "SELECT t.id, b.staffMember.id FROM Booking b JOIN b.session t"
          + " WHERE (SCOPE(t.school.id) OR t.openToTrust = TRUE) AND t.startsAt >= :from"
          + " AND t.status IN :open AND b.status IN :placed";
  static final String ACTIVITIES =
      "SELECT r.id, s.id, r.delivery, r.hours, r.cost, r.completedOn FROM CpdRecord r"
          + " JOIN r.staffMember s WHERE SCOPE(s.school.id) AND r.verdict.status = :verified";

  // Scoped by the facilitator's school: support given to another school counts for the giver's.
  static final String LED =
      "SELECT t.id, f.id, c.delivery, t.startsAt FROM TrainingSession t JOIN t.facilitator f"
          + " JOIN t.course c WHERE SCOPE(f.school.id) AND t.status = :delivered"
          + " AND c.delivery IN :leading";

  @Override
  public void load(WorkforceQuery query, WorkforceParts parts) {
    parts.evidence(evidence(query));
    parts.courses(courses(query));
    parts.sessions(sessions(query, query.date().atStartOfDay()));
    parts.ledSessions(led(query));
    parts.activities(
        query
            .rows(ACTIVITIES, Map.of("verified", RecordStatus.VERIFIED))
            .map(
                r ->
                    new CpdActivity(
                        id(r[0]),
                        id(r[1]),
                        name(r[2]),
                        number(r[3]),
                        number(r[4]),
                        (LocalDate) r[5]))
            .toList());
  }

  private static List<LedSession> led(WorkforceQuery query) {
    List<DeliveryType> leading =
        Arrays.stream(DeliveryType.values())
            .filter(d -> d == DeliveryType.IN_HOUSE || d.isCollaborative())
            .toList();
    return query
        .rows(LED, Map.of("delivered", SessionStatus.DELIVERED, "leading", leading))
        .map(
            r ->
                new LedSession(
                    id(r[0]), id(r[1]), name(r[2]), ((LocalDateTime) r[3]).toLocalDate()))
        .toList();
  }

  private static List<Evidence> evidence(WorkforceQuery query) {
    return query
        .rows(EVIDENCE, Map.of("counted", RecordStatus.COUNTED))
        .map(
            r ->
                new Evidence(
                    id(r[0]),
                    id(r[1]),
                    id(r[2]),
                    (int) r[3],
                    r[4] == RecordStatus.VERIFIED
                        ? Evidence.Status.VERIFIED
                        : Evidence.Status.PENDING,
                    (LocalDate) r[5],
                    (LocalDate) r[6],
                    r[7] == null ? null : id(r[7])))
        .toList();
  }

  private static List<CourseOffer> courses(WorkforceQuery query) {
    Map<Long, List<CourseOffer.Outcome>> outcomes = new HashMap<>();
    query
        .rows(OUTCOMES)
        .forEach(
            r ->
                outcomes
                    .computeIfAbsent(id(r[0]), c -> new ArrayList<>())
                    .add(new CourseOffer.Outcome(id(r[1]), (int) r[2])));
    return query
        .rows(COURSES)
        .map(
            r ->
                new CourseOffer(
                    id(r[0]),
                    (String) r[1],
                    name(r[2]),
                    number(r[3]),
                    number(r[4]),
                    (Integer) r[5],
                    List.copyOf(outcomes.getOrDefault(id(r[0]), List.of()))))
        .toList();
  }

  private static List<SessionOffer> sessions(WorkforceQuery query, LocalDateTime from) {
    Map<String, Object> open = Map.of("from", from, "open", SessionStatus.OPEN);
    Map<Long, Set<Long>> placed = new HashMap<>();
    Map<String, Object> places = new HashMap<>(open);
    places.put("placed", BookingStatus.HOLDING_A_PLACE);
    query
        .rows(PLACES, places)
        .forEach(r -> placed.computeIfAbsent(id(r[0]), s -> new HashSet<>()).add(id(r[1])));
    return query
        .rows(SESSIONS, open)
        .map(
            r -> {
              Set<Long> people = placed.getOrDefault(id(r[0]), Set.of());
              return new SessionOffer(
                  id(r[0]),
                  id(r[1]),
                  id(r[2]),
                  (LocalDateTime) r[3],
                  (int) r[4],
                  people.size(),
                  Set.copyOf(people));
            })
        .toList();
  }
}
