package org.sendcpd.training.control;

import java.time.LocalDateTime;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * What a caller sends to plan or change a training session. The facilitator is a member of staff
 * ({@code facilitatorId}) or an outside trainer named in {@code facilitatorName}.
 */
public record SessionDraft(
    Long courseId,
    Long schoolId,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    Long facilitatorId,
    String facilitatorName,
    Integer capacity,
    SessionStatus status) {

  /** The session as it stands, to change one part of it. */
  public static SessionDraft of(TrainingSession s) {
    return new SessionDraft(
        s.getCourse().getId(),
        s.getSchool().getId(),
        s.getStartsAt(),
        s.getEndsAt(),
        s.getPlace(),
        s.getFacilitator() == null ? null : s.getFacilitator().getId(),
        s.getFacilitatorName(),
        s.getCapacity(),
        s.getStatus());
  }

  /** The same draft for the school the session belongs to, whatever the caller sent. */
  public SessionDraft inSchool(Long school) {
    return new SessionDraft(
        courseId,
        school,
        startsAt,
        endsAt,
        place,
        facilitatorId,
        facilitatorName,
        capacity,
        status);
  }

  /** The same draft at another time, as a drag on the calendar makes it. */
  public SessionDraft at(LocalDateTime newStart, LocalDateTime newEnd) {
    return new SessionDraft(
        courseId,
        schoolId,
        newStart,
        newEnd,
        place,
        facilitatorId,
        facilitatorName,
        capacity,
        status);
  }
}
