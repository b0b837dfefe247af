package org.sendcpd.training.control;

/**
 * What happened in training that people should hear about, fired as CDI events by the services that
 * make the change ({@code @Inject Event<TrainingEvents.BookingConfirmed> booked; booked.fire(new
 * TrainingEvents.BookingConfirmed(booking.getId()))}) after the change is flushed, inside the same
 * transaction. Observers (the notifications component) read the rows by id, so an event carries
 * nothing but the id, and they run in that transaction: if it rolls back, so do the notifications.
 */
public final class TrainingEvents {

  private TrainingEvents() {}

  /** A booking now holds a place (BOOKED) or a place on the waiting list (WAITING). */
  public record BookingConfirmed(long bookingId) {}

  /** A session's time or place changed (its iCalendar SEQUENCE went up). */
  public record SessionChanged(long sessionId) {}

  /** A session was cancelled. */
  public record SessionCancelled(long sessionId) {}

  /** A SENCO verified a self-logged CPD record. */
  public record RecordVerified(long recordId) {}

  /** A SENCO rejected a self-logged CPD record, with a reason the person reads. */
  public record RecordRejected(long recordId) {}
}
