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
import org.sendcpd.organisation.entity.UserAccount;

/** The signed-in caller of this request: their username, roles, staff record and school. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @PersistenceContext EntityManager em;

  private UserAccount account;
  private boolean looked;

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

  public Optional<UserAccount> account() {
    if (!looked && isSignedIn()) {
      account =
          em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
              .setParameter("username", username())
              .getResultStream()
              .findFirst()
              .orElse(null);
      looked = true;
    }
    return Optional.ofNullable(account);
  }

  public Optional<StaffMember> staff() {
    return account().map(UserAccount::getStaffMember);
  }

  public Optional<Long> staffId() {
    return staff().map(StaffMember::getId);
  }

  /** The school the caller works in; none for an administrator without a staff record. */
  public Optional<Long> schoolId() {
    return staff().map(s -> s.getSchool().getId());
  }

  /** SENCOs, heads, trust leads and administrators look across a school, not only at themselves. */
  public boolean isSchoolWide() {
    return hasAny(
        SecurityRole.SENCO, SecurityRole.HEAD, SecurityRole.TRUST_LEAD, SecurityRole.ADMIN);
  }
}
