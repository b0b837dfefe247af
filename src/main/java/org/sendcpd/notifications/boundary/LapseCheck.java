package org.sendcpd.notifications.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import org.sendcpd.notifications.control.LapseReminders;
import org.sendcpd.platform.control.CurrentUser;

/**
 * Runs the lapse reminders for the signed-in person at the first page after sign-in and again on
 * the first page of each new day, so a reminder is waiting under the bell without a scheduler.
 */
@SessionScoped
public class LapseCheck implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LapseReminders reminders;
  @Inject CurrentUser caller;

  private LocalDate checkedOn;

  public void checkToday() {
    LocalDate today = LocalDate.now();
    if (today.equals(checkedOn)) {
      return;
    }
    checkedOn = today;
    caller.staff().ifPresent(me -> reminders.remind(me, today));
  }
}
