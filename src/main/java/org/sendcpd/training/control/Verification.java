package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.RecordStatus;

/**
 * The SENCO's verification queue: self-logged records of a school, oldest first, each verified or
 * rejected with a reason the person will read. Only a pending record can be decided, once.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class Verification {

  /** Long enough for a helpful reason, short enough for the record's column. */
  public static final int MAX_REASON = 1000;

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject RecordAccess access;
  @Inject EditGuard guard;
  @Inject TrainingAudit trainingAudit;
  @Inject Event<TrainingEvents.RecordVerified> verified;
  @Inject Event<TrainingEvents.RecordRejected> rejected;
  Clock clock = Clock.systemDefaultZone();

  public List<CpdRecord> pending(long schoolId) {
    access.requireVerifierOf(schoolId);
    return em.createNamedQuery(CpdRecord.FIND_PENDING_BY_SCHOOL, CpdRecord.class)
        .setParameter("schoolId", schoolId)
        .getResultList();
  }

  /** How many records wait in the school's queue; 0 for someone who verifies none there. */
  public long pendingCount(long schoolId) {
    if (!access.mayVerifyIn(schoolId)) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(r) FROM CpdRecord r WHERE r.staffMember.school.id = :schoolId"
                + " AND r.verdict.status = :status",
            Long.class)
        .setParameter("schoolId", schoolId)
        .setParameter("status", RecordStatus.SELF_LOGGED)
        .getSingleResult();
  }

  /**
   * Verifies the record as the verifier saw it at {@code seenVersion}: refused when its owner
   * changed it since (null: no check).
   */
  public CpdRecord verify(long recordId, Integer seenVersion) {
    CpdRecord record = decidable(recordId, seenVersion);
    Changes.Snapshot before = TrainingAudit.fields(record);
    record.verify(caller.username(), Instant.now(clock));
    trainingAudit.changed(
        "CPD_VERIFIED", record, Changes.between(before, TrainingAudit.fields(record)));
    em.flush();
    verified.fire(new TrainingEvents.RecordVerified(recordId));
    return record;
  }

  /** Rejects the record as the verifier saw it at {@code seenVersion} (null: no check). */
  public CpdRecord reject(long recordId, String reason, Integer seenVersion) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      String message =
          why.isEmpty()
              ? "give the reason, for the person who logged it"
              : "keep the reason under " + MAX_REASON + " characters";
      throw new InvalidInputException(
          "A rejection needs a reason", List.of(Map.of("field", "reason", "message", message)));
    }
    CpdRecord record = decidable(recordId, seenVersion);
    Changes.Snapshot before = TrainingAudit.fields(record);
    record.reject(caller.username(), Instant.now(clock), why);
    trainingAudit.changed(
        "CPD_REJECTED", record, Changes.between(before, TrainingAudit.fields(record)));
    em.flush();
    rejected.fire(new TrainingEvents.RecordRejected(recordId));
    return record;
  }

  private CpdRecord decidable(long recordId, Integer seenVersion) {
    CpdRecord record = em.find(CpdRecord.class, recordId);
    if (record == null) {
      throw new RecordNotFoundException(recordId);
    }
    access.requireVerifierOf(record);
    if (!record.isPending()) {
      throw new ConflictException(
          "Record " + recordId + " is already " + record.getStatus().name().toLowerCase());
    }
    guard.require("CpdRecord", recordId, seenVersion, record.getRowVersion());
    return record;
  }
}
