package org.sendcpd.training.boundary;

import java.time.Instant;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;

/** A booking as the API shows it: who, on which session, and where they stand. */
public record BookingJson(
    Long id,
    Long sessionId,
    Long staffId,
    String name,
    BookingStatus status,
    Integer waitingPosition,
    Instant bookedAt) {

  static BookingJson of(Booking b) {
    return b == null
        ? null
        : new BookingJson(
            b.getId(),
            b.getSession().getId(),
            b.getStaffMember().getId(),
            b.getStaffMember().getFullName(),
            b.getStatus(),
            b.getWaitingPosition(),
            b.getBookedAt());
  }
}
