package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * The trust's catalogue beside each school's own: the courses with no school, which trust leads
 * keep, and their sessions open to every school. A trust lead opens a session at a host school;
 * each school's SENCO or head then books their own staff on it (and staff book themselves) through
 * the usual bookings, where {@link SessionPlaces} keeps both the capacity and the optional places
 * per school under the session's lock.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class TrustCatalogue {

  static final String OPEN_SESSIONS =
      "SELECT t FROM TrainingSession t JOIN FETCH t.course WHERE t.openToTrust = TRUE"
          + " AND t.startsAt >= :from AND t.status IN :open ORDER BY t.startsAt, t.id";

  @PersistenceContext EntityManager em;
  @Inject TrainingSessions sessions;
  @Inject SessionPlaces places;
  @Inject AccessControl access;
  @Inject CurrentUser caller;
  @Inject AuditLog audit;
  Clock clock = Clock.systemDefaultZone();

  /** The trust's courses still offered, by title. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Course> courses() {
    requireReader();
    return em.createQuery(
            "SELECT c FROM Course c WHERE c.school IS NULL AND c.active = TRUE ORDER BY c.title",
            Course.class)
        .getResultList();
  }

  /** Upcoming sessions open to every school, soonest first, with the places the caller needs. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TrustOffer> upcoming() {
    requireReader();
    Long own = caller.schoolId().orElse(null);
    List<TrustOffer> offers = new ArrayList<>();
    for (TrainingSession t :
        em.createQuery(OPEN_SESSIONS, TrainingSession.class)
            .setParameter("from", LocalDateTime.now(clock))
            .setParameter("open", List.of(SessionStatus.PLANNED, SessionStatus.CONFIRMED))
            .getResultList()) {
      Map<Long, Integer> held = SchoolShare.held(places.of(t));
      offers.add(
          new TrustOffer(
              t.getId(),
              t.getCourse().getId(),
              t.getCourse().getTitle(),
              t.getCourse().getDelivery().name(),
              t.getSchool().getId(),
              t.getSchool().getName(),
              t.getStartsAt(),
              t.getEndsAt(),
              t.getPlace(),
              t.getCapacity(),
              places.free(t),
              t.getPlacesPerSchool(),
              own == null ? 0 : held.getOrDefault(own, 0)));
    }
    return offers;
  }

  /** A trust lead opens a session of a trust course to every school, held at a host school. */
  public TrainingSession open(TrustSessionDraft draft) {
    if (!access.maySeeAllSchools()) {
      throw access.refuse(
          "TrainingSession", null, "Only a trust lead opens sessions to every school.");
    }
    if (draft == null) {
      throw invalid("courseId", "send the session");
    }
    Course course = draft.courseId() == null ? null : em.find(Course.class, draft.courseId());
    if (course == null || !course.isShared() || !course.isActive()) {
      throw invalid("courseId", "choose a course of the trust's catalogue that is offered");
    }
    Integer perSchool = draft.placesPerSchool();
    if (perSchool != null
        && (perSchool < 1 || draft.capacity() == null || perSchool > draft.capacity())) {
      throw invalid("placesPerSchool", "from 1 to the session's capacity, or empty for no limit");
    }
    if (draft.startsAt() != null && draft.startsAt().isBefore(LocalDateTime.now(clock))) {
      throw invalid("startsAt", "a trust session is opened before it starts");
    }
    if (draft.hostSchoolId() == null) {
      throw invalid("hostSchoolId", "name the school where it is held");
    }
    TrainingSession session =
        sessions.create(
            new SessionDraft(
                course.getId(),
                draft.hostSchoolId(),
                draft.startsAt(),
                draft.endsAt(),
                draft.place(),
                null,
                draft.facilitatorName(),
                draft.capacity(),
                SessionStatus.PLANNED),
            true);
    session.openToTrust(perSchool);
    em.flush();
    audit.record(
        caller.username(),
        "SESSION_OPENED_TO_TRUST",
        "TrainingSession",
        session.getId(),
        perSchool == null ? "no limit per school" : perSchool + " places per school");
    return session;
  }

  private void requireReader() {
    if (caller.schoolId().isEmpty() && !access.maySeeAllSchools()) {
      throw access.refuse("Course", null, "The trust catalogue is for the trust's schools.");
    }
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(
        "Some fields are not valid", List.of(Map.of("field", field, "message", message)));
  }
}
