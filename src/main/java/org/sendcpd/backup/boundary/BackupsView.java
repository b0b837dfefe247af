package org.sendcpd.backup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sendcpd.backup.control.BackupInfo;
import org.sendcpd.backup.control.Backups;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.ui.ScreenMessages;

/** The administrator's backups screen: the folder, the nightly plan, a backup now, the list. */
@Named
@ViewScoped
public class BackupsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  @Inject Backups backups;
  @Inject AdminOnly admin;
  @Inject ScreenMessages messages;

  private List<BackupInfo> rows;

  @PostConstruct
  void load() {
    admin.require();
    rows = backups.list();
  }

  public void takeNow() {
    String by = admin.require();
    try {
      BackupInfo taken = backups.take(by);
      messages.info(
          MessageFormat.format(
              messages.text("backup.taken"),
              taken.name(),
              Sizes.readable(taken.sizeBytes()),
              String.format("%.1f", taken.tookMillis() / 1000.0)));
    } catch (ConflictException e) {
      messages.refused(e);
    }
    rows = backups.list();
  }

  public List<BackupInfo> getRows() {
    return rows;
  }

  public boolean isAvailable() {
    return backups.isAvailable();
  }

  public String getUnavailable() {
    return Backups.UNAVAILABLE;
  }

  public String getFolder() {
    return backups.folder().toString();
  }

  public String getNightlyAt() {
    return backups.nightlyAt().map(Object::toString).orElse(null);
  }

  public int getKeep() {
    return backups.keep();
  }

  /** The time a backup was taken, in the server's zone, as the folder name has it. */
  public String when(BackupInfo backup) {
    return WHEN.format(backup.takenAt().atZone(ZoneId.systemDefault()));
  }

  public String size(long bytes) {
    return Sizes.readable(bytes);
  }
}
