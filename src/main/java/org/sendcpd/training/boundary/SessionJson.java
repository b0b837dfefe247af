package org.sendcpd.training.boundary;

import java.time.LocalDateTime;
import org.sendcpd.training.control.SessionDraft;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * A training session as the API shows and takes it. Times are local school time (Europe/London),
 * ISO without an offset; {@code sequence} is the iCalendar SEQUENCE and is read only, as are the
 * course title and the places taken.
 */
public record SessionJson(
    Long id,
    Long courseId,
    String courseTitle,
    Long schoolId,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    Long facilitatorId,
    String facilitatorName,
    Integer capacity,
    Long placesTaken,
    SessionStatus status,
    Integer sequence) {

  static SessionJson of(TrainingSession s, long placesTaken) {
    return new SessionJson(
        s.getId(),
        s.getCourse().getId(),
        s.getCourse().getTitle(),
        s.getSchool().getId(),
        s.getStartsAt(),
        s.getEndsAt(),
        s.getPlace(),
        s.getFacilitator() == null ? null : s.getFacilitator().getId(),
        s.getFacilitator() == null ? s.getFacilitatorName() : s.getFacilitator().getFullName(),
        s.getCapacity(),
        placesTaken,
        s.getStatus(),
        s.getSequence());
  }

  /** The draft this asks for; a new session is PLANNED unless it says otherwise. */
  SessionDraft draft(Long school) {
    return new SessionDraft(
        courseId,
        school,
        startsAt,
        endsAt,
        place,
        facilitatorId,
        facilitatorId == null ? facilitatorName : null,
        capacity,
        status == null ? SessionStatus.PLANNED : status);
  }
}
