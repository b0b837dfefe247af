package org.sendcpd.organisation.boundary;

import static org.sendcpd.organisation.entity.SecurityRole.ADMIN;
import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;
import static org.sendcpd.organisation.entity.SecurityRole.TRUST_LEAD;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;

/** The top bar and the menu: who is signed in, their school, and what they may open. */
@Named
@RequestScoped
public class CurrentUserView {

  @Inject CurrentUser caller;

  public String getDisplayName() {
    return caller.staff().map(StaffMember::getFullName).orElse(caller.username());
  }

  public String getSchoolName() {
    return caller.staff().map(s -> s.getSchool().getName()).orElse("");
  }

  public String getRoleLabels() {
    return Arrays.stream(SecurityRole.values())
        .filter(caller::has)
        .map(r -> r.name().replace('_', ' ').toLowerCase())
        .collect(Collectors.joining(", "));
  }

  public boolean isHasStaffRecord() {
    return caller.staff().isPresent();
  }

  /** SENCOs, heads, trust leads and administrators look across a school, not only at themselves. */
  public boolean isSchoolWide() {
    return caller.isSchoolWide();
  }

  /** SENCOs, trust leads and administrators keep the skills frameworks. */
  public boolean isFrameworkEditor() {
    return caller.hasAny(SENCO, TRUST_LEAD, ADMIN);
  }

  /** Line managers, heads and SENCOs open the appraisals of others. */
  public boolean isAppraiser() {
    return caller.hasAny(SecurityRole.LINE_MANAGER, HEAD, SENCO);
  }

  /** Heads and SENCOs ask whether the CPD serves the school's priorities. */
  public boolean isPriorityReviewer() {
    return caller.hasAny(HEAD, SENCO);
  }

  /** Trust leads and administrators compare the schools of the trust. */
  public boolean isTrustWide() {
    return caller.hasAny(TRUST_LEAD, ADMIN);
  }

  public boolean isAdmin() {
    return caller.has(ADMIN);
  }

  /**
   * Where "/" leads: the dashboard for heads and SENCOs, the trust view for a trust lead without a
   * staff record, else a person's own record, or the staff list for an administrator.
   */
  public String startPage() {
    if (caller.hasAny(HEAD, SENCO)) {
      return "/gaps/dashboard?faces-redirect=true";
    }
    if (!isHasStaffRecord() && caller.has(TRUST_LEAD)) {
      return "/gaps/trust?faces-redirect=true";
    }
    return isHasStaffRecord()
        ? "/training/my-cpd?faces-redirect=true"
        : "/organisation/staff-list?faces-redirect=true";
  }
}
