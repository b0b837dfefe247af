package org.sendcpd.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sendcpd.notifications.entity.NotificationKind;
import org.sendcpd.training.control.TrainingEvents;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Turns the training component's events into notifications for the people concerned, in the
 * transaction that fired them: the person booked; everyone with an open booking (booked, waiting or
 * invited) on a session that moved or was cancelled; the person whose record was verified or
 * rejected. Texts name the course and the date, never anything from an appraisal.
 */
@ApplicationScoped
public class TrainingNotices {

  static final String MY_CPD = "/training/my-cpd.xhtml";
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE dd/MM/yyyy HH:mm", Locale.UK);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

  @PersistenceContext EntityManager em;
  @Inject Notifications notifications;

  void bookingConfirmed(@Observes TrainingEvents.BookingConfirmed event) {
    Booking booking = em.find(Booking.class, event.bookingId());
    if (booking == null) {
      return;
    }
    TrainingSession session = booking.getSession();
    String text =
        booking.getStatus() == BookingStatus.WAITING
            ? "You are number "
                + booking.getWaitingPosition()
                + " on the waiting list for "
                + describe(session)
                + "."
            : "You are booked on " + describe(session) + ".";
    notifications.notify(
        booking.getStaffMember(), NotificationKind.BOOKING_CONFIRMED, text, MY_CPD);
  }

  void sessionChanged(@Observes TrainingEvents.SessionChanged event) {
    TrainingSession session = em.find(TrainingSession.class, event.sessionId());
    if (session != null) {
      tellBooked(
          session,
          NotificationKind.SESSION_CHANGED,
          "Your session has changed: " + describe(session) + ".");
    }
  }

  void sessionCancelled(@Observes TrainingEvents.SessionCancelled event) {
    TrainingSession session = em.find(TrainingSession.class, event.sessionId());
    if (session != null) {
      tellBooked(
          session,
          NotificationKind.SESSION_CANCELLED,
          "\""
              + session.getCourse().getTitle()
              + "\" on "
              + WHEN.format(session.getStartsAt())
              + " has been cancelled.");
    }
  }

  void recordVerified(@Observes TrainingEvents.RecordVerified event) {
    CpdRecord record = em.find(CpdRecord.class, event.recordId());
    if (record != null) {
      notifications.notify(
          record.getStaffMember(),
          NotificationKind.RECORD_VERIFIED,
          "Your CPD record \""
              + record.getTitle()
              + "\" of "
              + DAY.format(record.getCompletedOn())
              + " has been verified.",
          MY_CPD);
    }
  }

  void recordRejected(@Observes TrainingEvents.RecordRejected event) {
    CpdRecord record = em.find(CpdRecord.class, event.recordId());
    if (record != null) {
      notifications.notify(
          record.getStaffMember(),
          NotificationKind.RECORD_REJECTED,
          "Your CPD record \""
              + record.getTitle()
              + "\" of "
              + DAY.format(record.getCompletedOn())
              + " was not verified: "
              + record.getRejectionReason(),
          MY_CPD);
    }
  }

  private void tellBooked(TrainingSession session, NotificationKind kind, String text) {
    em
        .createNamedQuery(Booking.FIND_BY_SESSION, Booking.class)
        .setParameter("sessionId", session.getId())
        .getResultList()
        .stream()
        .filter(
            b ->
                b.getStatus() == BookingStatus.BOOKED
                    || b.getStatus() == BookingStatus.WAITING
                    || b.getStatus() == BookingStatus.INVITED)
        .forEach(b -> notifications.notify(b.getStaffMember(), kind, text, MY_CPD));
  }

  static String describe(TrainingSession session) {
    String place = session.getPlace() == null ? "" : ", " + session.getPlace();
    return "\""
        + session.getCourse().getTitle()
        + "\" on "
        + WHEN.format(session.getStartsAt())
        + place;
  }
}
