package org.sendcpd.organisation.boundary;

import java.time.Instant;
import java.util.Set;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.UserAccount;

/** An account as the API shows it: never a password or its hash. */
public record AccountJson(
    Long id,
    String username,
    Long staffId,
    Set<SecurityRole> roles,
    boolean enabled,
    Instant lastLoginAt) {

  static AccountJson of(UserAccount a) {
    return new AccountJson(
        a.getId(),
        a.getUsername(),
        a.getStaffMember() == null ? null : a.getStaffMember().getId(),
        a.getRoles(),
        a.isEnabled(),
        a.getLastLoginAt());
  }
}
