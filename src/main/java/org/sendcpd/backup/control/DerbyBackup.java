package org.sendcpd.backup.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Takes one backup while the application keeps serving: Derby's online backup of the database (a
 * consistent image as of its end; writers wait only while it copies a page they change), then the
 * evidence files with their SHA-256 in {@code evidence.sha256} ({@code sha256sum -c} format). The
 * evidence is copied after the database, and a certificate's file is kept before its row commits,
 * so every evidence row of the image has its file.
 */
public final class DerbyBackup {

  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

  private DerbyBackup() {}

  /**
   * Backs the database of {@code connection} and the files of {@code evidence} up into a new dated
   * folder of {@code backups}. The connection must not be in a transaction.
   */
  public static BackupInfo take(
      Connection connection, Path evidence, BackupFolder backups, Clock clock)
      throws IOException, SQLException {
    long began = System.nanoTime();
    Instant takenAt = clock.instant();
    Files.createDirectories(backups.path());
    backups.removeUnfinished();
    String name = backups.freeName(LocalDateTime.ofInstant(takenAt, clock.getZone()).format(STAMP));
    Path partial = backups.path().resolve("." + name + ".partial");
    Files.createDirectories(partial);
    try {
      copyDatabase(connection, partial);
      int files = copyEvidence(evidence, partial);
      long tookMillis = (System.nanoTime() - began) / 1_000_000;
      BackupInfo info =
          new BackupInfo(name, takenAt, BackupFolder.sizeOf(partial), files, tookMillis);
      BackupFolder.write(partial.resolve(BackupFolder.PROPERTIES), info);
      Files.move(partial, backups.path().resolve(name), StandardCopyOption.ATOMIC_MOVE);
      return info;
    } catch (IOException | SQLException | RuntimeException e) {
      BackupFolder.deleteTree(partial);
      throw e;
    }
  }

  private static void copyDatabase(Connection connection, Path partial)
      throws SQLException, IOException {
    Path staging = partial.resolve("derby");
    try (CallableStatement backup =
        connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
      backup.setString(1, staging.toString());
      backup.execute();
    }
    // Derby names the copy after the database's own folder (db, or a test's memory name).
    try (Stream<Path> copies = Files.list(staging)) {
      List<Path> images = copies.toList();
      if (images.size() != 1) {
        throw new IOException("Derby's backup left " + images.size() + " folders in " + staging);
      }
      Files.move(images.get(0), partial.resolve("db"));
    }
    Files.delete(staging);
  }

  private static int copyEvidence(Path evidence, Path partial) throws IOException {
    Path target = Files.createDirectories(partial.resolve("evidence"));
    StringBuilder sums = new StringBuilder();
    int copied = 0;
    if (Files.isDirectory(evidence)) {
      List<Path> files;
      try (Stream<Path> all = Files.list(evidence)) {
        // hidden names are uploads still arriving, never a kept certificate
        files =
            all.filter(f -> !f.getFileName().toString().startsWith("."))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
      }
      for (Path file : files) {
        String sha256 = copy(file, target.resolve(file.getFileName().toString()));
        if (sha256 != null) {
          sums.append(sha256).append("  evidence/").append(file.getFileName()).append('\n');
          copied++;
        }
      }
    }
    Files.writeString(partial.resolve("evidence.sha256"), sums, StandardCharsets.UTF_8);
    return copied;
  }

  /** Copies one file and answers its SHA-256, or null when it went away meanwhile. */
  private static String copy(Path from, Path to) throws IOException {
    MessageDigest sha256 = sha256();
    try (InputStream in = Files.newInputStream(from);
        OutputStream out = new DigestOutputStream(Files.newOutputStream(to), sha256)) {
      in.transferTo(out);
    } catch (NoSuchFileException gone) {
      // an upload whose transaction rolled back was removed: it belongs to no row
      Files.deleteIfExists(to);
      return null;
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
