package org.sendcpd.outreach.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.outreach.entity.SupportRequest;

/** A request for support as the screens list it; ids and text only, no managed entity. */
public record RequestRow(
    long id,
    String fromSchool,
    String requestedBy,
    long toStaffId,
    String toName,
    String toSchool,
    String competence,
    int level,
    String message,
    List<LocalDate> preferredDates,
    String status,
    String reason,
    LocalDateTime sessionStartsAt,
    boolean mayDecide,
    boolean toMe)
    implements Serializable {

  static RequestRow of(SupportRequest r, boolean mayDecide, Long me) {
    var competence = r.getWanted().getCompetence();
    return new RequestRow(
        r.getId(),
        r.getFromSchool().getName(),
        r.getRequestedBy(),
        r.getToStaff().getId(),
        r.getToStaff().getFullName(),
        r.getToStaff().getSchool().getName(),
        competence.getCode() + " " + competence.getStatement(),
        r.getWanted().getRank(),
        r.getMessage(),
        List.copyOf(r.getPreferredDates()),
        r.getStatus().name(),
        r.getReason(),
        r.getSession() == null ? null : r.getSession().getStartsAt(),
        mayDecide && r.getStatus() == org.sendcpd.outreach.entity.SupportStatus.REQUESTED,
        me != null && me == r.getToStaff().getId());
  }

  public String preferredDatesText() {
    return String.join(
        ", ",
        preferredDates.stream()
            .map(d -> d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
            .toList());
  }
}
