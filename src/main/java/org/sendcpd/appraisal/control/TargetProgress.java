package org.sendcpd.appraisal.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One objective target beside the record: the gap it creates now (status, required and held levels
 * from the gap engine), whether it is met, the training booked on coming sessions and done since
 * the cycle began that evidences it, and sessions with a free place that would close it.
 */
public record TargetProgress(
    AppraisalSheet.TargetSheet target,
    String status,
    int required,
    int held,
    String heldLevel,
    boolean met,
    List<Training> booked,
    List<Training> done,
    List<Offer> offers)
    implements Serializable {

  /** A booking or a verified record evidencing the target. */
  public record Training(String title, LocalDate on) implements Serializable {}

  /** A coming session of a course that closes the gap, with places left. */
  public record Offer(long sessionId, String course, LocalDateTime startsAt, int freePlaces)
      implements Serializable {}
}
