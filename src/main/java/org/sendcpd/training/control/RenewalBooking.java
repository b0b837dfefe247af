package org.sendcpd.training.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Re-books the holder of a lapsing or expired certificate onto the next session of the same course:
 * the first upcoming one with a free place (BOOKED), else the first upcoming one's waiting list
 * (WAITING, last in line). Deliberately small: general booking rules (groups, overlaps, cancelling)
 * belong to the bookings service; this does the one renewal step and fires {@link
 * TrainingEvents.BookingConfirmed}.
 */
@RequestScoped
@Transactional
@RetryLockConflicts
public class RenewalBooking {

  static final String UPCOMING =
      "SELECT t FROM TrainingSession t WHERE t.course.id = :courseId AND t.school.id = :schoolId"
          + " AND t.startsAt >= :from AND t.status IN"
          + " :open ORDER BY t.startsAt, t.id";
  static final String OPEN_ON =
      "SELECT b FROM Booking b WHERE b.staffMember.id = :staffId AND b.session.id IN :sessionIds"
          + " AND b.status IN :onTheWay";
  static final String LAST_WAITING =
      "SELECT MAX(b.waitingPosition) FROM Booking b WHERE b.session.id = :sessionId"
          + " AND b.status = org.sendcpd.training.entity.BookingStatus.WAITING";
  static final String OF_PERSON =
      "SELECT b FROM Booking b WHERE b.session.id = :sessionId AND b.staffMember.id = :staffId";

  @PersistenceContext EntityManager em;
  @Inject AccessControl access;
  @Inject CurrentUser caller;
  @Inject TrainingAudit trainingAudit;
  @Inject Event<TrainingEvents.BookingConfirmed> confirmed;
  @Inject NextSessions next;

  public Booking rebook(long recordId) {
    CpdRecord record = em.find(CpdRecord.class, recordId);
    if (record == null) {
      throw new InvalidInputException("There is no CPD record " + recordId);
    }
    StaffMember person = record.getStaffMember();
    access.requireSchool(person.getSchool().getId());
    Course course = record.getCourse();
    if (course == null) {
      throw new InvalidInputException(
          "\"" + record.getTitle() + "\" is not a catalogue course: book a session by hand");
    }
    List<TrainingSession> upcoming =
        em.createQuery(UPCOMING, TrainingSession.class)
            .setParameter("courseId", course.getId())
            .setParameter("schoolId", person.getSchool().getId())
            .setParameter("from", LocalDateTime.now())
            .setParameter("open", SessionStatus.OPEN)
            .getResultList();
    if (upcoming.isEmpty()) {
      throw new InvalidInputException(
          "No session of \"" + course.getTitle() + "\" is planned: put one on the calendar first");
    }
    // Locks the session before counting its places (and the earlier, full ones on the way).
    TrainingSession session = next.firstWithPlace(upcoming);
    if (!em.createQuery(OPEN_ON, Booking.class)
        .setParameter("staffId", person.getId())
        .setParameter("sessionIds", upcoming.stream().map(TrainingSession::getId).toList())
        .setParameter("onTheWay", BookingStatus.ON_THE_WAY)
        .getResultList()
        .isEmpty()) {
      throw new ConflictException(
          person.getFullName() + " is already booked on \"" + course.getTitle() + "\"");
    }
    Booking booking = book(session, person);
    confirmed.fire(new TrainingEvents.BookingConfirmed(booking.getId()));
    return booking;
  }

  private Booking book(TrainingSession session, StaffMember person) {
    boolean free = placesTaken(session) < session.getCapacity();
    BookingStatus status = free ? BookingStatus.BOOKED : BookingStatus.WAITING;
    Booking booking =
        em.createQuery(OF_PERSON, Booking.class)
            .setParameter("sessionId", session.getId())
            .setParameter("staffId", person.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    Changes.Snapshot before = booking == null ? null : TrainingAudit.fields(booking);
    if (booking == null) {
      booking = new Booking(session, person, status, Instant.now());
      em.persist(booking);
    } else {
      booking.setStatus(status); // a cancelled booking comes back: one row per person and session
    }
    Integer last =
        em.createQuery(LAST_WAITING, Integer.class)
            .setParameter("sessionId", session.getId())
            .getSingleResult();
    booking.setWaitingPosition(free ? null : (last == null ? 1 : last + 1));
    em.flush();
    trainingAudit.booking("BOOKING_CREATED", booking, before); // renewal of a lapsing record
    return booking;
  }

  private long placesTaken(TrainingSession session) {
    return em.createNamedQuery(Booking.COUNT_ACTIVE_BY_SESSION, Long.class)
        .setParameter("sessionId", session.getId())
        .getSingleResult();
  }
}
