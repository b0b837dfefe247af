package org.sendcpd.organisation.control;

import static org.sendcpd.organisation.entity.SecurityRole.ADMIN;
import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;
import static org.sendcpd.organisation.entity.SecurityRole.TRUST_LEAD;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.AuditLog;

/**
 * Object-level checks, made in the control layer so screens and the API apply the same rules: a
 * member of staff sees their own records (and a line manager those of their reports); the SENCO and
 * the head see their school; trust leads and administrators see every school. A refusal is written
 * to the audit log before it is thrown.
 */
@RequestScoped
public class AccessControl {

  @Inject CurrentUser caller;
  @Inject AuditLog audit;

  public boolean maySeeSchool(Long schoolId) {
    if (caller.hasAny(TRUST_LEAD, ADMIN)) {
      return true;
    }
    return caller.hasAny(SENCO, HEAD) && Objects.equals(caller.schoolId().orElse(null), schoolId);
  }

  /** True for a SENCO or head with a school of their own. */
  public boolean runsASchool() {
    return caller.hasAny(SENCO, HEAD) && caller.schoolId().isPresent();
  }

  public boolean maySeeAllSchools() {
    return caller.hasAny(TRUST_LEAD, ADMIN);
  }

  public boolean maySeeStaff(StaffMember person) {
    Long me = caller.staffId().orElse(null);
    if (me != null && me.equals(person.getId())) {
      return true;
    }
    StaffMember manager = person.getLineManager();
    if (me != null && manager != null && me.equals(manager.getId())) {
      return true;
    }
    return maySeeSchool(person.getSchool().getId());
  }

  public void requireSchool(Long schoolId) {
    if (!maySeeSchool(schoolId)) {
      throw deny("School", schoolId, "school " + schoolId + " is not yours");
    }
  }

  public void requireStaff(StaffMember person) {
    if (!maySeeStaff(person)) {
      throw deny("StaffMember", person.getId(), "another person's record");
    }
  }

  /**
   * Records a refusal and returns the exception for the caller to throw, saying why in words the
   * caller may read (where the reason gives nothing away they may not see).
   */
  public AccessDeniedException refuse(String entityType, Long entityId, String sayWhy) {
    audit.record(caller.username(), "ACCESS_DENIED", entityType, entityId, sayWhy);
    return new AccessDeniedException(sayWhy);
  }

  /** Records a refusal and returns the exception for the caller to throw. */
  public AccessDeniedException deny(String entityType, Long entityId, String why) {
    audit.record(caller.username(), "ACCESS_DENIED", entityType, entityId, why);
    return new AccessDeniedException("You may not see or change this " + entityType + ".");
  }
}
