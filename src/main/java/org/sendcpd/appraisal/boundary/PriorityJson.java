package org.sendcpd.appraisal.boundary;

import org.sendcpd.appraisal.control.PriorityDraft;
import org.sendcpd.appraisal.entity.PriorityStatus;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.framework.entity.AreaOfNeed;

/** A development-plan priority as the API shows and takes it. */
public record PriorityJson(
    Long id,
    Long schoolId,
    String academicYear,
    String title,
    AreaOfNeed areaOfNeed,
    String successMeasure,
    Long ownerId,
    String timescale,
    PriorityStatus status) {

  static PriorityJson of(SchoolPriority p) {
    return new PriorityJson(
        p.getId(),
        p.getSchool().getId(),
        p.getAcademicYear(),
        p.getTitle(),
        p.getAreaOfNeed(),
        p.getSuccessMeasure(),
        p.getOwner() == null ? null : p.getOwner().getId(),
        p.getTimescale(),
        p.getStatus());
  }

  PriorityDraft draft(long school) {
    return new PriorityDraft(
        school, academicYear, title, areaOfNeed, successMeasure, ownerId, timescale, status);
  }
}
