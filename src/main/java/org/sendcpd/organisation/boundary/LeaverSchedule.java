package org.sendcpd.organisation.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.sendcpd.organisation.control.Leavers;
import org.sendcpd.organisation.control.Retention;

/**
 * Every night, shortly after midnight, closes the accounts of people whose leaving date has
 * arrived. An EJB timer, as the start-up work is EJB singletons already; not persistent, so each
 * instance of a cluster runs it, which is harmless: an account is closed once (see Leavers).
 * Sign-in refuses a leaver from the date itself, so this run keeps the accounts list truthful
 * rather than being the only guard.
 */
@Singleton
public class LeaverSchedule {

  @Inject Leavers leavers;
  @Inject Retention retention;
  @Inject Logger log;

  @Schedule(hour = "0", minute = "5", persistent = false, info = "close leavers' accounts")
  public void closeAccountsOfLeavers() {
    int closed = leavers.closeAccountsOfLeavers(LocalDate.now());
    if (closed > 0) {
      log.info(() -> "Closed the accounts of " + closed + " leaver(s)");
    }
  }

  /** The retention rule: leavers' personal details go {@code cpd.retention.years} after leaving. */
  @Schedule(hour = "0", minute = "35", persistent = false, info = "retention rule for leavers")
  public void anonymiseLeaversPastRetention() {
    int done = retention.anonymiseDue(LocalDate.now(), null, "system");
    if (done > 0) {
      log.info(() -> "Removed the personal details of " + done + " leaver(s) past retention");
    }
  }
}
