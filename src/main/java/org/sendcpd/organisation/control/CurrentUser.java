package org.sendcpd.organisation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;

/** The signed-in caller of this request: their username, roles, staff record and school. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @PersistenceContext EntityManager em;

  @Inject AccountStanding accounts;

  private Optional<CallerAccount> signedIn;
  private StaffMember staff;

  public String username() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean isSignedIn() {
    return username() != null;
  }

  public boolean has(SecurityRole role) {
    return security.isCallerInRole(role.name());
  }

  public boolean hasAny(SecurityRole... roles) {
    for (SecurityRole role : roles) {
      if (has(role)) {
        return true;
      }
    }
    return false;
  }

  /** Who the caller is, as the sign-in check already read it: no query of its own. */
  private Optional<CallerAccount> signedIn() {
    if (signedIn == null) {
      signedIn = isSignedIn() ? accounts.account(username()) : Optional.empty();
    }
    return signedIn;
  }

  /** The caller's staff record, read when a page or answer needs more of it than its id. */
  public Optional<StaffMember> staff() {
    if (staff == null) {
      staff = staffId().map(id -> em.find(StaffMember.class, id)).orElse(null);
    }
    return Optional.ofNullable(staff);
  }

  public Optional<Long> staffId() {
    return signedIn().map(CallerAccount::staffId);
  }

  /** The school the caller works in; none for an administrator without a staff record. */
  public Optional<Long> schoolId() {
    return signedIn().map(CallerAccount::schoolId);
  }

  /** An administrator asked for a new password before anything else. */
  public boolean mustChangePassword() {
    return signedIn().map(a -> a.standing().mustChangePassword()).orElse(false);
  }

  /** SENCOs, heads, trust leads and administrators look across a school, not only at themselves. */
  public boolean isSchoolWide() {
    return hasAny(
        SecurityRole.SENCO, SecurityRole.HEAD, SecurityRole.TRUST_LEAD, SecurityRole.ADMIN);
  }
}
