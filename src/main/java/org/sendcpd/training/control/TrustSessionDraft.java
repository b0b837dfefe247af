package org.sendcpd.training.control;

import java.time.LocalDateTime;

/**
 * A session of a trust course that a trust lead opens to every school: where it is held (the host
 * school, whose calendar carries it), when, and how many places, in all and at most per school.
 */
public record TrustSessionDraft(
    Long courseId,
    Long hostSchoolId,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    String facilitatorName,
    Integer capacity,
    Integer placesPerSchool) {}
