package org.sendcpd.outreach.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.outreach.entity.SupportRequest;

/**
 * A request for support as the API shows it to those who deal with it; {@code mayDecide} says
 * whether the caller may accept or decline it.
 */
public record SupportRequestJson(
    long id,
    long fromSchoolId,
    String fromSchoolName,
    String requestedBy,
    long toStaffId,
    String toName,
    String toSchoolName,
    String competenceCode,
    int level,
    String message,
    List<LocalDate> preferredDates,
    String status,
    Instant createdAt,
    String decidedBy,
    String reason,
    Long sessionId,
    LocalDateTime sessionStartsAt,
    boolean mayDecide) {

  static SupportRequestJson of(SupportRequest r, boolean mayDecide) {
    var session = r.getSession();
    return new SupportRequestJson(
        r.getId(),
        r.getFromSchool().getId(),
        r.getFromSchool().getName(),
        r.getRequestedBy(),
        r.getToStaff().getId(),
        r.getToStaff().getFullName(),
        r.getToStaff().getSchool().getName(),
        r.getWanted().getCompetence().getCode(),
        r.getWanted().getRank(),
        r.getMessage(),
        r.getPreferredDates(),
        r.getStatus().name(),
        r.getCreatedAt(),
        r.getDecidedBy(),
        r.getReason(),
        session == null ? null : session.getId(),
        session == null ? null : session.getStartsAt(),
        mayDecide && r.getStatus() == org.sendcpd.outreach.entity.SupportStatus.REQUESTED);
  }
}
