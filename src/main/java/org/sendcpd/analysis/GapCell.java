package org.sendcpd.analysis;

import java.time.LocalDate;

/**
 * One person x competence on the reference date. Required is the higher of the job-role requirement
 * and any open objective's target (0 = none); held is the highest level of verified, unexpired
 * evidence (0 = none). heldUntil is the last day the required level is held when that ends within
 * the window (EXPIRING), else null. Planned: the person is booked on a coming session of a course
 * that would meet the requirement.
 */
public record GapCell(
    long staffId,
    long competenceId,
    int required,
    int held,
    GapStatus status,
    int levelsShort,
    LocalDate heldUntil,
    boolean fromObjective,
    boolean planned) {}
