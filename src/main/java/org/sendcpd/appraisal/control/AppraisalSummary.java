package org.sendcpd.appraisal.control;

import java.io.Serializable;

/** A line of an appraisal list: who, by whom, which year, how many objectives; never their text. */
public record AppraisalSummary(
    long id,
    long staffId,
    String staffName,
    String jobRole,
    long appraiserId,
    String appraiserName,
    String academicYear,
    long objectives,
    long openObjectives)
    implements Serializable {}
