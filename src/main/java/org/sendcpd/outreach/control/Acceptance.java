package org.sendcpd.outreach.control;

import java.time.LocalDateTime;

/**
 * How an accepted request becomes a session: when and where, for how many of the asking school's
 * staff, and, when the holder accepts it themselves, that their head agreed.
 */
public record Acceptance(
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    Integer capacity,
    Boolean headAgreed,
    String note) {}
