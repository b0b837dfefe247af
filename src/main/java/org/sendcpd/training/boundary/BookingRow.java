package org.sendcpd.training.boundary;

import java.io.Serializable;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;

/** A booking as the session pages list it. */
public record BookingRow(
    long id,
    long staffId,
    String name,
    String jobRole,
    String team,
    BookingStatus status,
    Integer waitingPosition)
    implements Serializable {

  static BookingRow of(Booking b) {
    StaffMember s = b.getStaffMember();
    return new BookingRow(
        b.getId(),
        s.getId(),
        s.getFullName(),
        s.getJobRole().label(),
        s.getTeam(),
        b.getStatus(),
        b.getWaitingPosition());
  }

  static String describe(StaffMember s) {
    return s.getFullName()
        + " ("
        + s.getJobRole().label()
        + (s.getTeam() == null ? "" : ", " + s.getTeam())
        + ")";
  }

  public String statusLabel() {
    return switch (status) {
      case BOOKED -> "Booked";
      case ATTENDED -> "Attended";
      case ABSENT -> "Absent";
      case WAITING -> "Waiting";
      case INVITED -> "Invited";
      case CANCELLED -> "Cancelled";
    };
  }
}
