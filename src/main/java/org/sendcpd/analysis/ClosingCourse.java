package org.sendcpd.analysis;

import java.time.LocalDateTime;
import java.util.List;

/** A course that closes a gap (its outcome reaches the required level) and its next sessions. */
public record ClosingCourse(
    long courseId, String title, String delivery, int level, List<ClosingSession> nextSessions) {

  /** A coming session with free places, or one the person is already booked on. */
  public record ClosingSession(
      long sessionId, LocalDateTime startsAt, int freePlaces, boolean personBooked) {}
}
