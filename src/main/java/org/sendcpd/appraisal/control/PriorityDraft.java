package org.sendcpd.appraisal.control;

import org.sendcpd.appraisal.entity.PriorityStatus;
import org.sendcpd.framework.entity.AreaOfNeed;

/** A development-plan priority as the SENCO or the head writes it. */
public record PriorityDraft(
    Long schoolId,
    String academicYear,
    String title,
    AreaOfNeed areaOfNeed,
    String successMeasure,
    Long ownerId,
    String timescale,
    PriorityStatus status) {}
