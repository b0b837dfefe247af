package org.sendcpd.calendar.control;

import java.net.URI;
import java.time.LocalDateTime;

/**
 * One event of a feed, in the school's wall-clock time (Europe/London).
 *
 * @param uid stable across generations, so calendar apps update the event instead of adding one
 * @param sequence the iCalendar SEQUENCE: raised whenever a subscriber should see a change
 * @param description what a person reads when they open the event: the course, what it evidences,
 *     the place and the facilitator
 * @param link the page of the session in SEND CPD, or null
 * @param status what the event is to the feed's owner
 */
public record FeedEvent(
    String uid,
    int sequence,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String summary,
    String location,
    String description,
    URI link,
    Status status) {

  /** RFC 5545 STATUS values of a VEVENT. */
  public enum Status {
    CONFIRMED,
    TENTATIVE,
    CANCELLED
  }
}
