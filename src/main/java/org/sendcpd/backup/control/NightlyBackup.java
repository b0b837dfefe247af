package org.sendcpd.backup.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sendcpd.platform.control.RequestGate;

/**
 * The nightly backup at {@code cpd.backup.time} (the server's local time; {@code off} for none).
 * The timer is not persistent: a night the server is down is simply missed, and the next start
 * schedules again. A stop that begins meanwhile waits for the backup like for a request.
 */
@Singleton
@Startup
public class NightlyBackup {

  @Resource TimerService timers;
  @Inject Backups backups;
  @Inject RequestGate gate;
  @Inject Logger log;

  @PostConstruct
  void schedule() {
    Optional<LocalTime> nightly = backups.nightlyAt();
    if (nightly.isEmpty()) {
      return;
    }
    LocalTime at = nightly.get();
    ScheduleExpression when =
        new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0);
    timers.createCalendarTimer(when, new TimerConfig("nightly backup", false));
    log.info(
        () ->
            "Nightly backup at "
                + at
                + " into "
                + backups.folder()
                + ", keeping the newest "
                + backups.keep());
  }

  // Derby's backup procedure runs outside a transaction.
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (!gate.enter()) {
      return; // stopping
    }
    try {
      backups.take("nightly");
    } catch (RuntimeException e) {
      log.log(Level.SEVERE, "The nightly backup failed", e);
    } finally {
      gate.leave();
    }
  }
}
