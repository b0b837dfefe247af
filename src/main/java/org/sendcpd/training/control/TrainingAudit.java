package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.Evidence;

/**
 * What the audit log keeps of CPD records and bookings: the fields a change compares, and who read
 * a record, a person's record or a certificate. A read is one row per request with ids only, never
 * the content; a school-wide list (the verification queue) is not written row by row.
 */
@ApplicationScoped
public class TrainingAudit {

  @Inject AuditLog audit;
  @Inject CurrentUser caller;

  /** The fields of a record the audit log compares; outcomes as competence code and level. */
  public static Changes.Snapshot fields(CpdRecord r) {
    return Changes.Snapshot.empty()
        .with("title", r.getTitle())
        .with("provider", r.getProvider())
        .with("delivery", r.getDelivery())
        .with("completedOn", r.getCompletedOn())
        .with("hours", r.getHours())
        .with("cost", r.getCost())
        .with("reflection", r.getReflection())
        .with(
            "outcomes",
            r.getOutcomes().stream()
                .map(o -> o.getCompetence().getCode() + ":" + o.getLevelRank())
                .toList())
        .with("status", r.getStatus())
        .with("rejectionReason", r.getRejectionReason())
        .with("expiresOn", r.getExpiresOn());
  }

  /** The fields of a booking the audit log compares. */
  public static Changes.Snapshot fields(Booking b) {
    return Changes.Snapshot.empty()
        .with("sessionId", b.getSession().getId())
        .with("staffId", b.getStaffMember().getId())
        .with("status", b.getStatus())
        .with("waitingPosition", b.getWaitingPosition());
  }

  /**
   * A booking made, or changed since {@code before} (null for a new one), in the caller's
   * transaction.
   */
  public void booking(String action, Booking booking, Changes.Snapshot before) {
    Changes changes =
        before == null
            ? Changes.created(fields(booking))
            : Changes.between(before, fields(booking));
    if (!changes.isEmpty()) {
      audit.change(caller.username(), action, "Booking", booking.getId(), changes);
    }
  }

  /** A change of a record, in the caller's transaction; nothing when nothing changed. */
  public void changed(String action, CpdRecord record, Changes changes) {
    if (!changes.isEmpty()) {
      audit.change(caller.username(), action, "CpdRecord", record.getId(), changes);
    }
  }

  public void viewed(CpdRecord record) {
    audit.record(
        caller.username(),
        "CPD_RECORD_VIEWED",
        "CpdRecord",
        record.getId(),
        "staff " + record.getStaffMember().getId());
  }

  /** One person's whole record was read (a list through the API, My CPD): one row. */
  public void recordOfViewed(long staffId) {
    audit.record(caller.username(), "CPD_RECORDS_VIEWED", "StaffMember", staffId, null);
  }

  public void evidenceViewed(Evidence evidence) {
    audit.record(
        caller.username(),
        "EVIDENCE_VIEWED",
        "CpdRecord",
        evidence.getRecord().getId(),
        "evidence " + evidence.getId());
  }
}
