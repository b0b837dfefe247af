package org.sendcpd.backup.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder that holds the backups, one dated folder each ({@code backup-2026-11-23-023000}). Only
 * a folder with its {@value #PROPERTIES} counts: that file is written last, and the folder is
 * renamed from its hidden {@code .partial} name only then, so a backup cut short never lists.
 */
public final class BackupFolder {

  static final String PROPERTIES = "backup.properties";
  static final Pattern NAME = Pattern.compile("backup-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?");

  private final Path folder;

  public BackupFolder(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  public Path path() {
    return folder;
  }

  /** Finished backups, newest first. */
  public List<BackupInfo> list() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<BackupInfo> backups = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.toList()) {
        Path properties = entry.resolve(PROPERTIES);
        if (NAME.matcher(entry.getFileName().toString()).matches()
            && Files.isRegularFile(properties)) {
          backups.add(read(entry.getFileName().toString(), properties));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the backups in " + folder, e);
    }
    backups.sort(Comparator.comparing(BackupInfo::name).reversed());
    return backups;
  }

  /** Deletes the oldest backups beyond the newest {@code keep}; answers their names. */
  public List<String> prune(int keep) {
    List<BackupInfo> all = list();
    List<String> deleted = new ArrayList<>();
    for (BackupInfo old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
      deleteTree(folder.resolve(old.name()));
      deleted.add(old.name());
    }
    return deleted;
  }

  /** Removes what backups cut short (a stop, a full disk) left behind. */
  void removeUnfinished() throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".backup-") && name.endsWith(".partial")) {
          deleteTree(entry);
        }
      }
    }
  }

  /** A name for a backup taken now that no other backup has. */
  String freeName(String stamp) {
    String name = "backup-" + stamp;
    for (int n = 2; Files.exists(folder.resolve(name)); n++) {
      name = "backup-" + stamp + "-" + n;
    }
    return name;
  }

  static void write(Path properties, BackupInfo info) throws IOException {
    Properties p = new Properties();
    p.setProperty("takenAt", info.takenAt().toString());
    p.setProperty("sizeBytes", String.valueOf(info.sizeBytes()));
    p.setProperty("evidenceFiles", String.valueOf(info.evidenceFiles()));
    p.setProperty("tookMillis", String.valueOf(info.tookMillis()));
    p.setProperty("database", "db");
    try (OutputStream out = Files.newOutputStream(properties)) {
      p.store(out, "SEND CPD backup: restore with payara-config/restore.sh <this folder>");
    }
  }

  private static BackupInfo read(String name, Path properties) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(properties)) {
      p.load(in);
    }
    return new BackupInfo(
        name,
        Instant.parse(p.getProperty("takenAt")),
        Long.parseLong(p.getProperty("sizeBytes", "0")),
        Integer.parseInt(p.getProperty("evidenceFiles", "0")),
        Long.parseLong(p.getProperty("tookMillis", "0")));
  }

  static long sizeOf(Path tree) throws IOException {
    try (Stream<Path> all = Files.walk(tree)) {
      return all.filter(Files::isRegularFile).mapToLong(BackupFolder::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path tree) {
    try (Stream<Path> all = Files.walk(tree)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + tree, e);
    }
  }
}
