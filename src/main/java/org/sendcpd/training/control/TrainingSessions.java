package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Plans a school's training sessions: create, change, move and cancel, each checked by {@link
 * SessionRules} and audited. Moving and cancelling go through the session's own methods, which
 * raise its iCalendar SEQUENCE. A new time off the school's usual training days (see {@link
 * SessionDayCheck}) is refused unless the planner confirmed it.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class TrainingSessions {

  static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");

  @PersistenceContext EntityManager em;
  @Inject TrainingAccess access;
  @Inject StaffService staff;
  @Inject SessionPlaces places;
  @Inject EditGuard guard;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  @Inject Validation validation;
  @Inject Event<TrainingEvents.SessionChanged> changed;
  @Inject Event<TrainingEvents.SessionCancelled> cancelled;
  @Inject @Any Instance<SessionDayCheck> dayChecks;

  /** Sessions starting on the days {@code from} to {@code to}, both included. */
  public List<TrainingSession> between(long schoolId, LocalDate from, LocalDate to) {
    access.requireRead(schoolId);
    return em.createNamedQuery(TrainingSession.FIND_BY_SCHOOL_BETWEEN, TrainingSession.class)
        .setParameter("schoolId", schoolId)
        .setParameter("from", from.atStartOfDay())
        .setParameter("to", to.plusDays(1).atStartOfDay())
        .getResultList();
  }

  /** Places taken on each of the school's sessions in those days, by session id. */
  public Map<Long, Long> placesTaken(long schoolId, LocalDate from, LocalDate to) {
    access.requireRead(schoolId);
    Map<Long, Long> taken = new HashMap<>();
    em.createQuery(
            "SELECT t.id, COUNT(b) FROM Booking b JOIN b.session t WHERE t.school.id = :schoolId"
                + " AND t.startsAt >= :from AND t.startsAt < :to AND b.status IN"
                + " (org.sendcpd.training.entity.BookingStatus.BOOKED,"
                + " org.sendcpd.training.entity.BookingStatus.ATTENDED,"
                + " org.sendcpd.training.entity.BookingStatus.ABSENT) GROUP BY t.id",
            Object[].class)
        .setParameter("schoolId", schoolId)
        .setParameter("from", from.atStartOfDay())
        .setParameter("to", to.plusDays(1).atStartOfDay())
        .getResultList()
        .forEach(row -> taken.put((Long) row[0], ((Number) row[1]).longValue()));
    return taken;
  }

  public long placesTaken(long sessionId) {
    return em.createNamedQuery(Booking.COUNT_ACTIVE_BY_SESSION, Long.class)
        .setParameter("sessionId", sessionId)
        .getSingleResult();
  }

  public Optional<TrainingSession> find(long id) {
    TrainingSession session = em.find(TrainingSession.class, id);
    if (session != null && !session.isOpenToTrust()) {
      access.requireRead(session.getSchool().getId());
    }
    return Optional.ofNullable(session);
  }

  public TrainingSession create(SessionDraft draft) {
    return create(draft, false);
  }

  /** Plans a session; {@code offDayConfirmed}: the planner means it at an unusual time. */
  public TrainingSession create(SessionDraft draft, boolean offDayConfirmed) {
    if (draft.schoolId() == null) {
      throw new InvalidInputException("Name the school with schoolId");
    }
    access.requirePlan(draft.schoolId(), "TrainingSession", null);
    check(draft, 0);
    requireSmallGroup(course(draft), draft.capacity());
    if (!offDayConfirmed) {
      requireUsualDay(draft.schoolId(), draft.startsAt(), draft.endsAt(), course(draft));
    }
    TrainingSession session =
        new TrainingSession(
            course(draft),
            staff.school(draft.schoolId()),
            draft.startsAt(),
            draft.endsAt(),
            blankToNull(draft.place()),
            draft.capacity());
    session.setFacilitator(facilitator(draft));
    session.setFacilitatorName(blankToNull(draft.facilitatorName()));
    session.setStatus(draft.status());
    em.persist(session);
    em.flush();
    audit.record(caller.username(), "SESSION_CREATED", "TrainingSession", session.getId(), null);
    return session;
  }

  /** Changes a session; CANCELLED as the new status cancels it. Its school stays as it is. */
  public TrainingSession update(long id, SessionDraft draft) {
    return update(id, null, draft);
  }

  /**
   * The same for a copy read at {@code expectedVersion} (null: no check): refused, saying who
   * changed it when, if someone saved the session since.
   */
  public TrainingSession update(long id, Integer expectedVersion, SessionDraft draft) {
    return update(id, expectedVersion, draft, false);
  }

  /** The same; a new time off the usual training days needs {@code offDayConfirmed}. */
  public TrainingSession update(
      long id, Integer expectedVersion, SessionDraft draft, boolean offDayConfirmed) {
    TrainingSession session = planned(id);
    guard.require("TrainingSession", id, expectedVersion, session.getRowVersion());
    if (draft.status() == SessionStatus.CANCELLED) {
      return cancel(id);
    }
    long taken = placesTaken(id);
    SessionDraft inSchool = draft.inSchool(session.getSchool().getId());
    check(inSchool, taken);
    if (!session.getCourse().getId().equals(draft.courseId())) {
      throw invalid("courseId", "a session keeps its course; plan a new session for another");
    }
    requireSmallGroup(session.getCourse(), draft.capacity());
    boolean retimed =
        !draft.startsAt().equals(session.getStartsAt())
            || !draft.endsAt().equals(session.getEndsAt());
    if (retimed && !offDayConfirmed) {
      requireUsualDay(
          session.getSchool().getId(), draft.startsAt(), draft.endsAt(), session.getCourse());
    }
    if (retimed) {
      session.reschedule(draft.startsAt(), draft.endsAt());
    }
    String place = blankToNull(draft.place());
    boolean moved = !Objects.equals(place, session.getPlace());
    if (moved) {
      session.moveTo(place);
    }
    session.setFacilitator(facilitator(inSchool, session.getFacilitator()));
    session.setFacilitatorName(blankToNull(draft.facilitatorName()));
    session.setCapacity(draft.capacity());
    session.setStatus(draft.status());
    // checked here, not by the flush below, which would log a client's mistake as a warning
    validation.require(session);
    em.flush(); // the new version, for the answer's ETag and the screen's next save
    audit.record(caller.username(), "SESSION_UPDATED", "TrainingSession", id, null);
    if (retimed || moved) {
      changed.fire(new TrainingEvents.SessionChanged(id));
    }
    return session;
  }

  /** Moves a session to another time, as a drag on the calendar does. */
  public TrainingSession move(long id, LocalDateTime startsAt, LocalDateTime endsAt) {
    TrainingSession session = planned(id);
    check(SessionDraft.of(session).at(startsAt, endsAt), placesTaken(id));
    requireUsualDay(session.getSchool().getId(), startsAt, endsAt, session.getCourse());
    session.reschedule(startsAt, endsAt);
    audit.record(caller.username(), "SESSION_MOVED", "TrainingSession", id, null);
    em.flush();
    changed.fire(new TrainingEvents.SessionChanged(id));
    return session;
  }

  public TrainingSession cancel(long id) {
    TrainingSession session = planned(id);
    session.cancel();
    audit.record(caller.username(), "SESSION_CANCELLED", "TrainingSession", id, null);
    em.flush();
    cancelled.fire(new TrainingEvents.SessionCancelled(id));
    return session;
  }

  /**
   * A session the caller may plan, still open to change; locked as bookings lock it, so a new
   * capacity is checked against the places taken when no booking is half made.
   */
  private TrainingSession planned(long id) {
    TrainingSession session = places.lock(id);
    if (session == null) {
      throw new InvalidInputException("There is no session " + id);
    }
    access.requirePlan(session.getSchool().getId(), "TrainingSession", id);
    if (session.getStatus() == SessionStatus.CANCELLED) {
      throw new ConflictException("This session is cancelled; plan a new one instead");
    }
    return session;
  }

  private void requireUsualDay(
      long schoolId, LocalDateTime startsAt, LocalDateTime endsAt, Course course) {
    // collaborative learning happens in school too, and a long session takes staff from classes
    boolean inHouse =
        course.getDelivery() == DeliveryType.IN_HOUSE || course.getDelivery().isCollaborative();
    List<String> concerns = new ArrayList<>();
    dayChecks.forEach(c -> concerns.addAll(c.concerns(schoolId, startsAt, endsAt, inHouse)));
    if (!concerns.isEmpty()) {
      throw new OffSchoolDayException(concerns);
    }
  }

  private static void check(SessionDraft draft, long taken) {
    var problems = SessionRules.problems(draft, taken, LocalDate.now(SCHOOL_TIME));
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Some fields are not valid", problems);
    }
  }

  private Course course(SessionDraft draft) {
    Course course = em.find(Course.class, draft.courseId());
    boolean offered =
        course != null
            && course.isActive()
            && (course.isShared() || course.getSchool().getId().equals(draft.schoolId()));
    if (!offered) {
      throw invalid("courseId", "course " + draft.courseId() + " is not offered at this school");
    }
    return course;
  }

  /**
   * Coaching, observation, enquiry and school-to-school support are for a pair or a small group.
   */
  static void requireSmallGroup(Course course, Integer capacity) {
    if (course.getDelivery().isCollaborative()
        && capacity != null
        && capacity > DeliveryType.SMALL_GROUP) {
      throw invalid(
          "capacity",
          course.getDelivery().label()
              + " is for a pair or a small group: at most "
              + DeliveryType.SMALL_GROUP
              + " places");
    }
  }

  private StaffMember facilitator(SessionDraft draft) {
    return facilitator(draft, null);
  }

  /**
   * The draft's facilitator, who works at the school; the one the session already has stays
   * allowed, as the colleague of another school who leads a school-to-school session.
   */
  private StaffMember facilitator(SessionDraft draft, StaffMember current) {
    if (draft.facilitatorId() == null) {
      return null;
    }
    if (current != null && current.getId().equals(draft.facilitatorId())) {
      return current;
    }
    StaffMember person = staff.find(draft.facilitatorId()).orElse(null);
    boolean here =
        person != null
            && person.getSchool().getId().equals(draft.schoolId())
            && (person.getLeftDate() == null
                || !person.getLeftDate().isBefore(draft.startsAt().toLocalDate()));
    if (!here) {
      throw invalid(
          "facilitatorId", "facilitator " + draft.facilitatorId() + " does not work at the school");
    }
    return person;
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(
        "Some fields are not valid", List.of(Map.of("field", field, "message", message)));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
