package org.sendcpd.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;

/**
 * A backup of the demo database (Derby's online backup, here of an in-memory database) and three
 * certificates, restored by {@code payara-config/restore.sh} into a fresh folder: every table has
 * the source's row count and every certificate its SHA-256. The script refuses a folder that is not
 * empty unless told {@code --force}.
 */
class BackupRestoreTest {

  static JpaTestDatabase db;
  static Path work;
  static Path evidence;

  @BeforeAll
  static void demoWithCertificates() throws IOException {
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
    work = Files.createDirectories(Path.of("target", "tmp")).resolve("backup-" + UUID.randomUUID());
    evidence = Files.createDirectories(work.resolve("data/evidence"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(evidence.resolve(UUID.randomUUID().toString()), "%PDF-1.4 cert " + i);
    }
    Files.writeString(evidence.resolve(".incoming-" + UUID.randomUUID()), "half an upload");
  }

  @AfterAll
  static void close() {
    db.close();
    BackupFolder.deleteTree(work);
  }

  @Test
  void aRestoredBackupHasTheSourcesRowsAndCertificates() throws Exception {
    BackupFolder backups = new BackupFolder(work.resolve("backups"));
    BackupInfo info;
    try (Connection c = db.connect()) {
      info = DerbyBackup.take(c, evidence, backups, Clock.systemDefaultZone());
    }
    assertEquals(3, info.evidenceFiles(), "the upload still arriving is left out");
    assertEquals(List.of(info), backups.list());
    assertTrue(info.sizeBytes() > 100_000, "a Derby image is larger: " + info.sizeBytes());

    Path fresh = work.resolve("restored");
    Path backup = backups.path().resolve(info.name());
    assertEquals(0, restore(fresh, backup, false).exitCode(), "into a fresh folder");
    assertEquals(rowCounts(db.connect()), restoredRowCounts(fresh.resolve("db")));
    assertEquals(checksums(evidence), checksums(fresh.resolve("evidence")));

    Result again = restore(fresh, backup, false);
    assertEquals(73, again.exitCode(), again.output());
    assertTrue(again.output().contains("not empty"), again.output());
    Result forced = restore(fresh, backup, true);
    assertEquals(0, forced.exitCode(), forced.output());
    assertTrue(forced.output().contains("moved the old"), forced.output());
  }

  @Test
  void theNewestAreKeptAndACutShortBackupNeverLists() throws Exception {
    BackupFolder backups = new BackupFolder(work.resolve("kept"));
    Files.createDirectories(backups.path().resolve(".backup-2026-11-22-023000.partial/db"));
    Instant first = Instant.parse("2026-11-20T02:30:00Z");
    List<String> names = new ArrayList<>();
    for (int day = 0; day < 3; day++) {
      Clock clock = Clock.fixed(first.plus(Duration.ofDays(day)), ZoneId.of("Europe/London"));
      try (Connection c = db.connect()) {
        names.add(DerbyBackup.take(c, evidence, backups, clock).name());
      }
    }
    assertEquals("backup-2026-11-20-023000", names.get(0));
    assertFalse(Files.exists(backups.path().resolve(".backup-2026-11-22-023000.partial")));
    assertEquals(List.of(names.get(0)), backups.prune(2));
    assertEquals(
        List.of(names.get(2), names.get(1)),
        backups.list().stream().map(BackupInfo::name).toList());
    assertNotEquals(names.get(1), backups.freeName("2026-11-21-023000"));
  }

  record Result(int exitCode, String output) {}

  static Result restore(Path data, Path backup, boolean force) throws Exception {
    List<String> command = new ArrayList<>(List.of("payara-config/restore.sh"));
    if (force) {
      command.add("--force");
    }
    command.add(backup.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("CPD_DATA_DIR", data.toString());
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "restore.sh finished");
    return new Result(p.exitValue(), output);
  }

  static Map<String, Long> restoredRowCounts(Path folder) throws SQLException {
    String url = "jdbc:derby:" + folder.toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url)) {
      return rowCounts(c);
    } finally {
      try {
        DriverManager.getConnection(url + ";shutdown=true").close();
      } catch (SQLException expected) {
        // 08006: the restored database shut down
      }
    }
  }

  static Map<String, Long> rowCounts(Connection c) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (c;
        ResultSet tables = c.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"});
        Statement s = c.createStatement()) {
      while (tables.next()) {
        String table = tables.getString("TABLE_NAME");
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM APP.\"" + table + "\"")) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    assertTrue(counts.getOrDefault("CPD_RECORD", 0L) > 0, "the demo's records: " + counts);
    return counts;
  }

  static Map<String, String> checksums(Path folder) throws Exception {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().startsWith(".")) {
          byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
          sums.put(f.getFileName().toString(), HexFormat.of().formatHex(digest));
        }
      }
    }
    assertEquals(3, sums.size());
    return sums;
  }
}
