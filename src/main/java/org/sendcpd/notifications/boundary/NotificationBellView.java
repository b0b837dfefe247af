package org.sendcpd.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sendcpd.notifications.control.Notifications;

/** The bell in the top bar: how many notifications the signed-in person has not read. */
@Named
@RequestScoped
public class NotificationBellView {

  @Inject Notifications notifications;
  @Inject LapseCheck lapses;

  /** Counted afresh on every call: marking one read re-renders the bell in the same request. */
  public long getUnread() {
    lapses.checkToday();
    return notifications.unreadCount();
  }
}
