package org.sendcpd.outreach.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.outreach.control.SupportRequests;

/**
 * The menu's "Across the trust" items: My outreach for staff, the finder for a school's SENCO and
 * head, support requests for them (with how many wait for their school's answer), for trust leads
 * and for staff, who may be asked.
 */
@Named
@RequestScoped
public class OutreachMenu {

  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject SupportRequests requests;

  private Long waiting;

  public boolean isMine() {
    return caller.staffId().isPresent();
  }

  public boolean isFinder() {
    return access.runsASchool();
  }

  public boolean isRequests() {
    return isMine() || access.runsASchool() || access.maySeeAllSchools();
  }

  public boolean isVisible() {
    return isRequests();
  }

  /** " (2)" after the item's name when requests to the school's staff wait for an answer. */
  public String getCount() {
    if (waiting == null) {
      waiting = requests.waitingForMySchool();
    }
    return waiting == 0 ? "" : " (" + waiting + ")";
  }
}
