package org.sendcpd.calendar.control;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.SessionStatus;

/**
 * What a feed lists, read with one query per feed (and one for what the courses evidence) and
 * nothing but session facts: course, times, place, facilitator, status. Appraisal data never
 * reaches a feed.
 *
 * <p>A person's feed has an event per booking except invitations not yet accepted: a booking on a
 * cancelled session, or a cancelled booking, is CANCELLED (so calendar apps drop it); the waiting
 * list is TENTATIVE. A cancelled booking raises the event's SEQUENCE by one over the session's, as
 * the person's copy changed though the session did not. A school's feed has an event per session
 * from a year back: PLANNED sessions are TENTATIVE, CANCELLED ones CANCELLED.
 */
final class FeedContent {

  // The session's columns both feeds read, from index 0: see SessionFacts.
  private static final String SESSION_COLUMNS =
      "t.id, t.sequence, t.startsAt, t.endsAt, c.id, c.title, t.place, t.status, f.firstName,"
          + " f.lastName, t.facilitatorName";

  static final String BOOKINGS =
      "SELECT "
          + SESSION_COLUMNS
          + ", b.id, b.status FROM Booking b JOIN b.session t JOIN t.course c"
          + " LEFT JOIN t.facilitator f WHERE b.staffMember.id = :staffId"
          + " AND b.status <> org.sendcpd.training.entity.BookingStatus.INVITED"
          + " ORDER BY t.startsAt, b.id";
  static final String SESSIONS =
      "SELECT "
          + SESSION_COLUMNS
          + " FROM TrainingSession t JOIN t.course c LEFT JOIN t.facilitator f"
          + " WHERE t.school.id = :schoolId AND t.startsAt >= :from ORDER BY t.startsAt, t.id";

  private FeedContent() {}

  /** One session as a row of either query gives it. */
  record SessionFacts(
      long id,
      int sequence,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      long courseId,
      String title,
      String place,
      SessionStatus status,
      String facilitator) {

    static SessionFacts of(Object[] r) {
      String facilitator =
          r[8] != null ? r[8] + " " + r[9] : r[10] == null ? null : r[10].toString();
      return new SessionFacts(
          ((Number) r[0]).longValue(),
          (int) r[1],
          (LocalDateTime) r[2],
          (LocalDateTime) r[3],
          ((Number) r[4]).longValue(),
          (String) r[5],
          (String) r[6],
          (SessionStatus) r[7],
          facilitator);
    }
  }

  static List<FeedEvent> ofPerson(EntityManager em, long staffId, URI site) {
    List<Object[]> rows =
        em.createQuery(BOOKINGS, Object[].class).setParameter("staffId", staffId).getResultList();
    FeedDescriptions descriptions = FeedDescriptions.of(em, courses(rows));
    return rows.stream()
        .map(
            r -> {
              SessionFacts session = SessionFacts.of(r);
              BookingStatus booking = (BookingStatus) r[12];
              boolean dropped = booking == BookingStatus.CANCELLED;
              boolean cancelled = session.status() == SessionStatus.CANCELLED;
              FeedEvent.Status status =
                  dropped || cancelled
                      ? FeedEvent.Status.CANCELLED
                      : booking == BookingStatus.WAITING
                          ? FeedEvent.Status.TENTATIVE
                          : FeedEvent.Status.CONFIRMED;
              return event(
                  "booking-" + r[11] + "@sendcpd",
                  session.sequence() + (dropped && !cancelled ? 1 : 0),
                  session,
                  descriptions,
                  site.resolve("training/my-cpd.xhtml"),
                  status);
            })
        .toList();
  }

  static List<FeedEvent> ofSchool(EntityManager em, long schoolId, LocalDate today, URI site) {
    List<Object[]> rows =
        em.createQuery(SESSIONS, Object[].class)
            .setParameter("schoolId", schoolId)
            .setParameter("from", today.minusYears(1).atStartOfDay())
            .getResultList();
    FeedDescriptions descriptions = FeedDescriptions.of(em, courses(rows));
    return rows.stream()
        .map(
            r -> {
              SessionFacts session = SessionFacts.of(r);
              return event(
                  "session-" + session.id() + "@sendcpd",
                  session.sequence(),
                  session,
                  descriptions,
                  site.resolve("training/session-bookings.xhtml?id=" + session.id()),
                  switch (session.status()) {
                    case CANCELLED -> FeedEvent.Status.CANCELLED;
                    case PLANNED -> FeedEvent.Status.TENTATIVE;
                    default -> FeedEvent.Status.CONFIRMED;
                  });
            })
        .toList();
  }

  private static List<Long> courses(List<Object[]> rows) {
    return rows.stream().map(r -> ((Number) r[4]).longValue()).distinct().toList();
  }

  private static FeedEvent event(
      String uid,
      int sequence,
      SessionFacts session,
      FeedDescriptions descriptions,
      URI link,
      FeedEvent.Status status) {
    return new FeedEvent(
        uid,
        sequence,
        session.startsAt(),
        session.endsAt(),
        session.title(),
        session.place(),
        descriptions.of(session, link),
        link,
        status);
  }
}
