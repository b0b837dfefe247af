package org.sendcpd.organisation.boundary;

import java.time.Instant;
import java.util.Set;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.UserAccount;

/**
 * An account as the API shows it: never a password or its hash. {@code lockedUntil} is set while
 * refused sign-ins keep it locked.
 */
public record AccountJson(
    Long id,
    String username,
    Long staffId,
    Set<SecurityRole> roles,
    boolean enabled,
    Instant lastLoginAt,
    boolean mustChangePassword,
    Instant lockedUntil) {

  static AccountJson of(UserAccount a, Instant lockedUntil) {
    return new AccountJson(
        a.getId(),
        a.getUsername(),
        a.getStaffMember() == null ? null : a.getStaffMember().getId(),
        a.getRoles(),
        a.isEnabled(),
        a.getLastLoginAt(),
        a.isMustChangePassword(),
        lockedUntil);
  }
}
