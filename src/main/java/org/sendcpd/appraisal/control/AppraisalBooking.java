package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.appraisal.entity.Objective;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.training.control.TrainingAudit;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * A manager books their appraisee onto a coming session whose course evidences one of an
 * objective's target competences, when a place is free (409 when full or already booked). Kept to
 * this one use; general booking lives with the training component.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class AppraisalBooking {

  static final String EVIDENCES =
      "SELECT COUNT(o) FROM CourseOutcome o, ObjectiveTarget t WHERE o.course.id = :courseId"
          + " AND t.objective.id = :objectiveId AND o.competenceLevel.competence.id = t.competenceLevel.competence.id";

  @PersistenceContext EntityManager em;
  @Inject Objectives objectives;
  @Inject AppraisalGate gate;
  @Inject AuditLog audit;

  public Booking book(long objectiveId, long sessionId) {
    Objective objective = objectives.find(objectiveId);
    Appraisal appraisal = objective.getAppraisal();
    gate.requireEdit(appraisal);
    // Locked before the places are counted, as every booking path does (see SessionPlaces).
    TrainingSession session =
        em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    boolean coming =
        session != null
            && session.getStartsAt().isAfter(LocalDateTime.now())
            && (session.getStatus() == SessionStatus.PLANNED
                || session.getStatus() == SessionStatus.CONFIRMED)
            && session.getSchool().getId().equals(appraisal.getCycle().getSchool().getId());
    if (!coming) {
      throw new InvalidInputException("sessionId is not a coming session of this school");
    }
    long evidences =
        em.createQuery(EVIDENCES, Long.class)
            .setParameter("courseId", session.getCourse().getId())
            .setParameter("objectiveId", objectiveId)
            .getSingleResult();
    if (evidences == 0) {
      throw new InvalidInputException("The session's course evidences none of the targets");
    }
    boolean already =
        em.createNamedQuery(Booking.FIND_BY_SESSION, Booking.class)
            .setParameter("sessionId", sessionId)
            .getResultStream()
            .anyMatch(
                b ->
                    b.getStaffMember().getId().equals(appraisal.getStaffMember().getId())
                        && b.getStatus() != BookingStatus.CANCELLED);
    if (already) {
      throw new ConflictException(appraisal.getStaffMember().getFullName() + " is already booked");
    }
    long taken =
        em.createNamedQuery(Booking.COUNT_ACTIVE_BY_SESSION, Long.class)
            .setParameter("sessionId", sessionId)
            .getSingleResult();
    if (taken >= session.getCapacity()) {
      throw new ConflictException("The session is full");
    }
    Booking booking =
        new Booking(session, appraisal.getStaffMember(), BookingStatus.BOOKED, Instant.now());
    em.persist(booking);
    em.flush();
    audit.change(
        gate.username(),
        "BOOKING_CREATED",
        "Booking",
        booking.getId(),
        Changes.created(TrainingAudit.fields(booking)).note("for objective " + objectiveId));
    return booking;
  }
}
