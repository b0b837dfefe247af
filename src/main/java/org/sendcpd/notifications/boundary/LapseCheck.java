package org.sendcpd.notifications.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.sendcpd.notifications.control.FollowUpReminders;
import org.sendcpd.notifications.control.LapseReminders;
import org.sendcpd.organisation.control.CurrentUser;

/**
 * Runs the lapse and follow-up reminders for the signed-in person at the first page after sign-in
 * and again on the first page of each new day, so a reminder is waiting under the bell without a
 * scheduler. The check remembers whom it ran for: signing in keeps the session's beans (only its id
 * changes), so a second person signing in on the same browser is checked too.
 */
@SessionScoped
public class LapseCheck implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LapseReminders reminders;
  @Inject FollowUpReminders followUps;
  @Inject CurrentUser caller;

  private LocalDate checkedOn;
  private String checkedFor;

  public void checkToday() {
    LocalDate today = LocalDate.now();
    String username = caller.username();
    if (today.equals(checkedOn) && Objects.equals(username, checkedFor)) {
      return;
    }
    checkedOn = today;
    checkedFor = username;
    caller.staff().ifPresent(me -> reminders.remind(me, today));
    caller.staff().ifPresent(me -> followUps.remind(me, today));
  }
}
