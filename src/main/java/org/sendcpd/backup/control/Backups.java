package org.sendcpd.backup.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.SchemaMigration;
import org.sendcpd.training.control.EvidenceStore;

/**
 * Backups of this installation: one at a time, into {@code cpd.backup.dir}, keeping the newest
 * {@code cpd.backup.keep}. Only embedded Derby is backed up here; on PostgreSQL the database's own
 * tools do it (see {@link #UNAVAILABLE}).
 */
@ApplicationScoped
public class Backups {

  public static final String UNAVAILABLE =
      "Backups here use the embedded Derby database's online backup, and this installation runs"
          + " on another database (PostgreSQL). Back it up with pg_dump and copy the evidence"
          + " folder beside it, as the README describes.";

  @Inject
  @ConfigProperty(name = "cpd.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "cpd.backup.dir")
  String folder;

  @Inject
  @ConfigProperty(name = "cpd.backup.keep", defaultValue = "7")
  int keep;

  @Inject
  @ConfigProperty(name = "cpd.backup.time", defaultValue = "02:30")
  String time;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject EvidenceStore evidence;
  @Inject AuditLog audit;
  @Inject Logger log;

  private final ReentrantLock running = new ReentrantLock();

  /** True on embedded Derby (a folder or, in tests, memory). */
  public boolean isAvailable() {
    return url != null && url.startsWith("jdbc:derby:");
  }

  public List<BackupInfo> list() {
    return isAvailable() ? backups().list() : List.of();
  }

  /**
   * When the nightly backup runs (the server's local time): none when {@code cpd.backup.time} is
   * {@code off}, empty or not a time, or on PostgreSQL.
   */
  public Optional<LocalTime> nightlyAt() {
    if (!isAvailable() || time == null || time.isBlank() || "off".equals(time.trim())) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(time.trim()));
    } catch (DateTimeParseException e) {
      log.severe(() -> "No nightly backup: cpd.backup.time '" + time + "' is not HH:mm or off");
      return Optional.empty();
    }
  }

  public int keep() {
    return Math.max(1, keep);
  }

  public Path folder() {
    return backups().path();
  }

  /**
   * Takes a backup now and prunes the oldest beyond {@link #keep()}.
   *
   * @param by who asked: a username, or "nightly"
   * @throws ConflictException when another backup is running
   */
  public BackupInfo take(String by) {
    if (!isAvailable()) {
      throw new IllegalStateException(UNAVAILABLE);
    }
    if (!running.tryLock()) {
      throw new ConflictException("A backup is running already; try again when it has finished.");
    }
    try {
      // Recorded before the backup, so the backup holds the row that says who took it.
      audit.record(by, "BACKUP", "Backup", null, "into " + folder());
      BackupInfo info;
      try (Connection connection = dataSource.getConnection()) {
        info =
            DerbyBackup.take(connection, evidence.folder(), backups(), Clock.systemDefaultZone());
      } catch (IOException | SQLException e) {
        throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
      }
      List<String> pruned = backups().prune(keep());
      log.info(
          () ->
              "Backup "
                  + info.name()
                  + " by "
                  + by
                  + ": "
                  + info.sizeBytes()
                  + " bytes, "
                  + info.evidenceFiles()
                  + " evidence files, "
                  + info.tookMillis()
                  + " ms"
                  + (pruned.isEmpty() ? "" : "; removed " + pruned));
      return info;
    } finally {
      running.unlock();
    }
  }

  private BackupFolder backups() {
    return new BackupFolder(Path.of(folder));
  }
}
