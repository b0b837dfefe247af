package org.sendcpd.appraisal.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.appraisal.entity.ObjectiveStatus;
import org.sendcpd.appraisal.entity.ReviewPoint;

/**
 * An appraisal as a caller may read it. With {@link AppraisalSight#TARGETS} every objective's
 * reviews are null: the notes never leave the control layer for the SENCO.
 */
public record AppraisalSheet(
    long id,
    long staffId,
    String staffName,
    long schoolId,
    long appraiserId,
    String appraiserName,
    long cycleId,
    String academicYear,
    LocalDate cycleStartsOn,
    boolean cycleOpen,
    AppraisalSight sight,
    boolean editable,
    boolean mayAddNote,
    List<ObjectiveSheet> objectives)
    implements Serializable {

  /** One objective with its targets; reviews null when the caller may not read notes. */
  public record ObjectiveSheet(
      long id,
      String text,
      Long priorityId,
      String priorityTitle,
      String successCriteria,
      ObjectiveStatus status,
      List<TargetSheet> targets,
      List<ReviewSheet> reviews)
      implements Serializable {}

  /** A target competence and level, named in its framework's words. */
  public record TargetSheet(
      long competenceId, String competenceCode, String statement, int level, String levelName)
      implements Serializable {}

  /** A review note at one review point. */
  public record ReviewSheet(ReviewPoint point, String note, LocalDate reviewedOn, String reviewedBy)
      implements Serializable {}
}
