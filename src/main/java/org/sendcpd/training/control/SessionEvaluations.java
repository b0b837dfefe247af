package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.analysis.EvaluationAverages;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.DatabaseConflicts;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.Validation;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.SessionEvaluation;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Attendees rate a session once; the school's SENCO and head read averages per session and per
 * course, never who said what, and nothing below five answers ({@link EvaluationAverages}).
 */
@ApplicationScoped
@Transactional
public class SessionEvaluations {

  public static final String ALREADY =
      "You have already evaluated this session; each attendee rates a session once.";

  static final String ATTENDED =
      "SELECT COUNT(b) FROM Booking b WHERE b.session.id = :sessionId AND b.staffMember.id ="
          + " :staffId AND b.status = :attended";
  static final String ATTENDED_COUNT =
      "SELECT COUNT(b) FROM Booking b WHERE b.session.id = :sessionId AND b.status = :attended";
  static final String TO_EVALUATE =
      "SELECT b.session FROM Booking b WHERE b.staffMember.id = :staffId AND b.status = :attended"
          + " AND NOT EXISTS (SELECT e FROM SessionEvaluation e WHERE e.session = b.session"
          + " AND e.staffMember.id = :staffId) ORDER BY b.session.startsAt DESC";
  static final String OF_SCHOOL =
      "SELECT e FROM SessionEvaluation e JOIN FETCH e.session t JOIN FETCH t.course c"
          + " WHERE t.school.id = :schoolId ORDER BY t.startsAt DESC, t.id";

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  @Inject Validation validation;
  Clock clock = Clock.systemDefaultZone();

  /** One answer per attendee; a second, or one at the same moment as the first, is refused. */
  public SessionEvaluation evaluate(
      long sessionId, Integer usefulness, Integer before, Integer after, String comment) {
    TrainingSession session = session(sessionId);
    StaffMember me =
        caller.staff().orElseThrow(() -> new InvalidInputException("You have no staff record"));
    boolean attended =
        em.createQuery(ATTENDED, Long.class)
                .setParameter("sessionId", sessionId)
                .setParameter("staffId", me.getId())
                .setParameter("attended", BookingStatus.ATTENDED)
                .getSingleResult()
            > 0;
    if (!attended) {
      throw access.refuse(
          "TrainingSession",
          sessionId,
          "Only people the register marks as attending evaluate a session.");
    }
    requireRating("usefulness", usefulness, 5);
    requireRating("confidenceBefore", before, 4);
    requireRating("confidenceAfter", after, 4);
    if (evaluated(sessionId, me.getId())) {
      throw new ConflictException(ALREADY);
    }
    SessionEvaluation evaluation =
        new SessionEvaluation(
            session,
            me,
            usefulness,
            before,
            after,
            comment == null || comment.isBlank() ? null : comment.strip(),
            Instant.now(clock));
    validation.require(evaluation);
    try {
      em.persist(evaluation);
      em.flush();
    } catch (PersistenceException e) {
      if (DatabaseConflicts.isDuplicate(e)) {
        ConflictException twice = new ConflictException(ALREADY);
        twice.initCause(e);
        throw twice;
      }
      throw e;
    }
    // who rated is audited as a fact, never what they said
    audit.record(caller.username(), "SESSION_EVALUATED", "TrainingSession", sessionId, null);
    return evaluation;
  }

  public boolean evaluated(long sessionId, long staffId) {
    return em.createNamedQuery(SessionEvaluation.COUNT_BY_SESSION_AND_STAFF, Long.class)
            .setParameter("sessionId", sessionId)
            .setParameter("staffId", staffId)
            .getSingleResult()
        > 0;
  }

  /** Sessions the signed-in person attended and has not rated yet, newest first. */
  public List<TrainingSession> toEvaluate() {
    return caller
        .staffId()
        .map(
            me ->
                em.createQuery(TO_EVALUATE, TrainingSession.class)
                    .setParameter("staffId", me)
                    .setParameter("attended", BookingStatus.ATTENDED)
                    .getResultList())
        .orElse(List.of());
  }

  /** A session's averages, for the SENCO or head of its school. */
  public EvaluationSummary ofSession(long sessionId) {
    TrainingSession session = session(sessionId);
    access.requireSchool(session.getSchool().getId());
    List<SessionEvaluation> answers =
        em.createNamedQuery(SessionEvaluation.FIND_BY_SESSION, SessionEvaluation.class)
            .setParameter("sessionId", sessionId)
            .getResultList();
    return summary(session, attended(sessionId), answers);
  }

  /** Per session (newest first), and per course, of a school. */
  public List<EvaluationSummary> perSession(long schoolId) {
    access.requireSchool(schoolId);
    Map<TrainingSession, List<SessionEvaluation>> bySession = new LinkedHashMap<>();
    for (SessionEvaluation e : ofSchool(schoolId)) {
      bySession.computeIfAbsent(e.getSession(), s -> new ArrayList<>()).add(e);
    }
    List<EvaluationSummary> list = new ArrayList<>();
    bySession.forEach((s, answers) -> list.add(summary(s, attended(s.getId()), answers)));
    return list;
  }

  public List<EvaluationSummary> perCourse(long schoolId) {
    access.requireSchool(schoolId);
    Map<Long, List<SessionEvaluation>> byCourse = new LinkedHashMap<>();
    for (SessionEvaluation e : ofSchool(schoolId)) {
      byCourse.computeIfAbsent(e.getSession().getCourse().getId(), c -> new ArrayList<>()).add(e);
    }
    List<EvaluationSummary> list = new ArrayList<>();
    byCourse.forEach(
        (courseId, all) -> {
          var course = all.get(0).getSession().getCourse();
          List<SessionEvaluation> answers = withoutLoneHiddenSession(all);
          EvaluationAverages averages = averages(answers);
          list.add(
              new EvaluationSummary(
                  null,
                  courseId,
                  course.getTitle(),
                  null,
                  0,
                  averages,
                  comments(averages, answers)));
        });
    list.sort(java.util.Comparator.comparing(EvaluationSummary::course));
    return list;
  }

  /**
   * A course's answers, leaving out a session below five answers when it is the only one: with
   * every other session's averages shown, the course's would give it away by subtraction.
   */
  static List<SessionEvaluation> withoutLoneHiddenSession(List<SessionEvaluation> answers) {
    Map<Long, List<SessionEvaluation>> bySession = new LinkedHashMap<>();
    answers.forEach(
        e -> bySession.computeIfAbsent(e.getSession().getId(), s -> new ArrayList<>()).add(e));
    List<Long> hidden =
        bySession.entrySet().stream()
            .filter(e -> e.getValue().size() < EvaluationAverages.MIN_ANSWERS)
            .map(Map.Entry::getKey)
            .toList();
    if (hidden.size() != 1 || bySession.size() == 1) {
      return answers;
    }
    return answers.stream().filter(e -> !e.getSession().getId().equals(hidden.get(0))).toList();
  }

  private List<SessionEvaluation> ofSchool(long schoolId) {
    return em.createQuery(OF_SCHOOL, SessionEvaluation.class)
        .setParameter("schoolId", schoolId)
        .getResultList();
  }

  private EvaluationSummary summary(
      TrainingSession session, int attended, List<SessionEvaluation> answers) {
    EvaluationAverages averages = averages(answers);
    LocalDateTime startsAt = session.getStartsAt();
    return new EvaluationSummary(
        session.getId(),
        session.getCourse().getId(),
        session.getCourse().getTitle(),
        startsAt,
        attended,
        averages,
        comments(averages, answers));
  }

  private int attended(long sessionId) {
    return em.createQuery(ATTENDED_COUNT, Long.class)
        .setParameter("sessionId", sessionId)
        .setParameter("attended", BookingStatus.ATTENDED)
        .getSingleResult()
        .intValue();
  }

  public static EvaluationAverages averages(List<SessionEvaluation> answers) {
    return EvaluationAverages.of(
        answers.stream()
            .map(
                e ->
                    new EvaluationAverages.Rating(
                        e.getUsefulness(), e.getConfidenceBefore(), e.getConfidenceAfter()))
            .toList());
  }

  /** Comments only where the averages are shown, sorted so their order says nothing. */
  private static List<String> comments(
      EvaluationAverages averages, List<SessionEvaluation> answers) {
    if (!averages.shown()) {
      return List.of();
    }
    return answers.stream()
        .map(SessionEvaluation::getComment)
        .filter(c -> c != null)
        .sorted()
        .toList();
  }

  private TrainingSession session(long sessionId) {
    TrainingSession session = em.find(TrainingSession.class, sessionId);
    if (session == null) {
      throw new jakarta.ws.rs.NotFoundException("There is no session " + sessionId);
    }
    return session;
  }

  private static void requireRating(String field, Integer value, int top) {
    if (value == null || value < 1 || value > top) {
      String message = "must be a whole number from 1 to " + top;
      throw new InvalidInputException(
          field + " " + message, List.of(Map.of("field", field, "message", message)));
    }
  }
}
