package org.sendcpd.appraisal.control;

import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;

/**
 * Applies {@link AppraisalRules} to the signed-in caller: refusals are audited and thrown, and
 * every reading of an appraisal leaves an APPRAISAL_VIEWED row (who, whose, which appraisal: ids,
 * never the text).
 */
@ApplicationScoped
public class AppraisalGate {

  public static final String VIEWED = "APPRAISAL_VIEWED";

  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject AuditLog audit;

  public AppraisalRules.Caller caller() {
    return new AppraisalRules.Caller(
        caller.staffId().orElse(null),
        caller.schoolId().orElse(null),
        caller.has(HEAD),
        caller.has(SENCO));
  }

  public static AppraisalRules.Subject subject(Appraisal appraisal) {
    StaffMember person = appraisal.getStaffMember();
    StaffMember manager = person.getLineManager();
    return new AppraisalRules.Subject(
        person.getId(),
        manager == null ? null : manager.getId(),
        appraisal.getAppraiser().getId(),
        person.getSchool().getId());
  }

  /** What the caller may read of the appraisal; refused (403) and audited when nothing. */
  public AppraisalSight requireSight(Appraisal appraisal) {
    AppraisalSight sight = AppraisalRules.sight(caller(), subject(appraisal));
    if (sight == AppraisalSight.NONE) {
      throw access.deny("Appraisal", appraisal.getId(), "another person's appraisal");
    }
    return sight;
  }

  /** Records that the caller read the appraisal. */
  public void viewed(Appraisal appraisal) {
    audit.record(
        caller.username(),
        VIEWED,
        "Appraisal",
        appraisal.getId(),
        "staff " + appraisal.getStaffMember().getId());
  }

  public boolean mayEdit(Appraisal appraisal) {
    return AppraisalRules.mayEdit(caller(), subject(appraisal));
  }

  public void requireEdit(Appraisal appraisal) {
    if (!mayEdit(appraisal)) {
      throw access.deny("Appraisal", appraisal.getId(), "not this appraisal's manager or head");
    }
  }

  public boolean mayAddNote(Appraisal appraisal) {
    return AppraisalRules.mayAddNote(caller(), subject(appraisal));
  }

  public void requireNote(Appraisal appraisal) {
    if (!mayAddNote(appraisal)) {
      throw access.deny("Appraisal", appraisal.getId(), "may not add a review note here");
    }
  }

  public String username() {
    return caller.username();
  }
}
