package org.sendcpd.calendar.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.SessionStatus;

/**
 * What a feed lists, read with one query per feed and nothing but session facts: course title,
 * times, place and status. Appraisal data never reaches a feed.
 *
 * <p>A person's feed has an event per booking except invitations not yet accepted: a booking on a
 * cancelled session, or a cancelled booking, is CANCELLED (so calendar apps drop it); the waiting
 * list is TENTATIVE. A cancelled booking raises the event's SEQUENCE by one over the session's, as
 * the person's copy changed though the session did not. A school's feed has an event per session
 * from a year back: PLANNED sessions are TENTATIVE, CANCELLED ones CANCELLED.
 */
final class FeedContent {

  static final String BOOKINGS =
      "SELECT b.id, b.status, t.sequence, t.startsAt, t.endsAt, c.title, t.place, t.status"
          + " FROM Booking b JOIN b.session t JOIN t.course c WHERE b.staffMember.id = :staffId"
          + " AND b.status <> org.sendcpd.training.entity.BookingStatus.INVITED"
          + " ORDER BY t.startsAt, b.id";
  static final String SESSIONS =
      "SELECT t.id, t.sequence, t.startsAt, t.endsAt, c.title, t.place, t.status"
          + " FROM TrainingSession t JOIN t.course c WHERE t.school.id = :schoolId"
          + " AND t.startsAt >= :from ORDER BY t.startsAt, t.id";

  private FeedContent() {}

  static List<FeedEvent> ofPerson(EntityManager em, long staffId) {
    return em
        .createQuery(BOOKINGS, Object[].class)
        .setParameter("staffId", staffId)
        .getResultList()
        .stream()
        .map(
            r -> {
              BookingStatus booking = (BookingStatus) r[1];
              SessionStatus session = (SessionStatus) r[7];
              boolean dropped = booking == BookingStatus.CANCELLED;
              FeedEvent.Status status =
                  dropped || session == SessionStatus.CANCELLED
                      ? FeedEvent.Status.CANCELLED
                      : booking == BookingStatus.WAITING
                          ? FeedEvent.Status.TENTATIVE
                          : FeedEvent.Status.CONFIRMED;
              int sequence = (int) r[2] + (dropped && session != SessionStatus.CANCELLED ? 1 : 0);
              return new FeedEvent(
                  "booking-" + r[0] + "@sendcpd",
                  sequence,
                  (LocalDateTime) r[3],
                  (LocalDateTime) r[4],
                  (String) r[5],
                  (String) r[6],
                  status);
            })
        .toList();
  }

  static List<FeedEvent> ofSchool(EntityManager em, long schoolId, LocalDate today) {
    return em
        .createQuery(SESSIONS, Object[].class)
        .setParameter("schoolId", schoolId)
        .setParameter("from", today.minusYears(1).atStartOfDay())
        .getResultList()
        .stream()
        .map(
            r ->
                new FeedEvent(
                    "session-" + r[0] + "@sendcpd",
                    (int) r[1],
                    (LocalDateTime) r[2],
                    (LocalDateTime) r[3],
                    (String) r[4],
                    (String) r[5],
                    switch ((SessionStatus) r[6]) {
                      case CANCELLED -> FeedEvent.Status.CANCELLED;
                      case PLANNED -> FeedEvent.Status.TENTATIVE;
                      default -> FeedEvent.Status.CONFIRMED;
                    }))
        .toList();
  }
}
