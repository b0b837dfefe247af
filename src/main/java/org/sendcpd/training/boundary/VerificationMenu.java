package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.training.control.RecordAccess;
import org.sendcpd.training.control.Verification;

/** The menu's "Verification" item: shown to those who verify, with how many records wait. */
@Named
@RequestScoped
public class VerificationMenu {

  @Inject CurrentUser caller;
  @Inject RecordAccess access;
  @Inject Verification verification;

  private Long pending;

  public boolean isVisible() {
    return access.mayVerifyIn(caller.schoolId().orElse(null));
  }

  /** " (3)" after the item's name when records wait in the caller's own school. */
  public String getCount() {
    if (pending == null) {
      pending = caller.schoolId().map(verification::pendingCount).orElse(0L);
    }
    return pending == 0 ? "" : " (" + pending + ")";
  }
}
