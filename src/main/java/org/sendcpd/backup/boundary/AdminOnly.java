package org.sendcpd.backup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.AuditLog;

/** The check of every backup boundary: administrators only, refusals audited. */
@RequestScoped
public class AdminOnly {

  static final String REFUSED = "Only an administrator may see or take backups.";

  @Inject CurrentUser caller;
  @Inject AuditLog audit;

  /** Answers the administrator's username, or throws (403) for anyone else. */
  public String require() {
    if (!caller.has(SecurityRole.ADMIN)) {
      audit.record(caller.username(), "ACCESS_DENIED", "Backup", null, "backups are for admins");
      throw new AccessDeniedException(REFUSED);
    }
    return caller.username();
  }
}
