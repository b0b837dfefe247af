package org.sendcpd.appraisal.control;

import java.util.Objects;

/**
 * Who may read and change an appraisal. Appraisal data is between a person, their appraiser and the
 * head: the appraisee, the appraiser and the person's line manager read all of it; the head reads
 * every appraisal in their school; the SENCO of the school reads objectives and targets (to plan
 * training) but not review notes; nobody else reads anything, whatever their other roles.
 * Objectives are set by the appraiser or line manager, or by the head; the appraisee may add their
 * own review note, never change an objective.
 */
public final class AppraisalRules {

  /** The caller: their staff record (null for accounts without one), school and roles. */
  public record Caller(Long staffId, Long schoolId, boolean head, boolean senco) {}

  /** The appraisal asked for: whose it is, their line manager, the appraiser, the school. */
  public record Subject(Long staffId, Long lineManagerId, Long appraiserId, Long schoolId) {}

  private AppraisalRules() {}

  public static AppraisalSight sight(Caller caller, Subject subject) {
    if (isOwnerOrManager(caller, subject) || headOf(caller, subject)) {
      return AppraisalSight.FULL;
    }
    if (caller.senco() && sameSchool(caller, subject)) {
      return AppraisalSight.TARGETS;
    }
    return AppraisalSight.NONE;
  }

  /** Setting and changing objectives (and the appraisal itself): the manager or the head. */
  public static boolean mayEdit(Caller caller, Subject subject) {
    Long me = caller.staffId();
    if (me == null || me.equals(subject.staffId())) {
      return false; // nobody sets their own objectives, not even the head
    }
    return me.equals(subject.appraiserId())
        || me.equals(subject.lineManagerId())
        || headOf(caller, subject);
  }

  /** A review note: whoever may edit, and the appraisee on their own objectives. */
  public static boolean mayAddNote(Caller caller, Subject subject) {
    return mayEdit(caller, subject)
        || (caller.staffId() != null && caller.staffId().equals(subject.staffId()));
  }

  private static boolean isOwnerOrManager(Caller caller, Subject subject) {
    Long me = caller.staffId();
    return me != null
        && (me.equals(subject.staffId())
            || me.equals(subject.appraiserId())
            || me.equals(subject.lineManagerId()));
  }

  private static boolean headOf(Caller caller, Subject subject) {
    return caller.head() && sameSchool(caller, subject);
  }

  private static boolean sameSchool(Caller caller, Subject subject) {
    return caller.schoolId() != null && Objects.equals(caller.schoolId(), subject.schoolId());
  }
}
