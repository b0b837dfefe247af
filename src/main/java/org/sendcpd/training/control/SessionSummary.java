package org.sendcpd.training.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/** A session's heading on its bookings and register pages: what, when, where, and how full. */
public record SessionSummary(
    long id,
    long schoolId,
    String course,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    String facilitator,
    int capacity,
    int taken,
    int waiting,
    SessionStatus status)
    implements Serializable {

  static SessionSummary of(TrainingSession s, List<Booking> bookings) {
    int taken = (int) bookings.stream().filter(b -> b.getStatus().holdsPlace()).count();
    int waiting =
        (int) bookings.stream().filter(b -> b.getStatus() == BookingStatus.WAITING).count();
    String facilitator =
        s.getFacilitator() != null ? s.getFacilitator().getFullName() : s.getFacilitatorName();
    return new SessionSummary(
        s.getId(),
        s.getSchool().getId(),
        s.getCourse().getTitle(),
        s.getStartsAt(),
        s.getEndsAt(),
        s.getPlace(),
        facilitator,
        s.getCapacity(),
        taken,
        waiting,
        s.getStatus());
  }

  public int free() {
    return Math.max(0, capacity - taken);
  }

  public boolean bookable() {
    return status.isBookable();
  }
}
