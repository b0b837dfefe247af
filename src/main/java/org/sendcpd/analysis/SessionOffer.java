package org.sendcpd.analysis;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A planned or confirmed training session of a course. Places taken count the bookings that hold a
 * place; the people booked on it count as "planned" for the gaps the course closes.
 */
public record SessionOffer(
    long id,
    long courseId,
    long schoolId,
    LocalDateTime startsAt,
    int capacity,
    int placesTaken,
    Set<Long> bookedStaffIds) {

  public int freePlaces() {
    return Math.max(0, capacity - placesTaken);
  }
}
