package org.sendcpd.training.control;

import java.time.LocalDateTime;

/**
 * One upcoming trust session as a school sees it: the places left in all and, where the session
 * limits them, for the reader's school; the places the reader's school holds.
 */
public record TrustOffer(
    long sessionId,
    long courseId,
    String courseTitle,
    String delivery,
    long hostSchoolId,
    String hostSchoolName,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    int capacity,
    int freePlaces,
    Integer placesPerSchool,
    int heldByYourSchool) {}
