package org.sendcpd.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class BackupsTest {

  static Backups on(String url, String time) {
    Backups backups = new Backups();
    backups.url = url;
    backups.time = time;
    backups.keep = 0;
    backups.folder = "target/tmp/never-written";
    backups.log = Logger.getLogger(BackupsTest.class.getName());
    return backups;
  }

  @Test
  void postgresqlHasNoBackupsHereAndNoNightlyOne() {
    Backups backups = on("jdbc:postgresql://db:5432/sendcpd", "02:30");
    assertFalse(backups.isAvailable());
    assertEquals(List.of(), backups.list());
    assertEquals(Optional.empty(), backups.nightlyAt());
    assertTrue(Backups.UNAVAILABLE.contains("pg_dump"));
  }

  @Test
  void derbyInAFolderOrInMemoryIsBackedUp() {
    assertTrue(on("jdbc:derby:/srv/cpd/db;create=true", "02:30").isAvailable());
    assertTrue(on("jdbc:derby:memory:it;create=true", "02:30").isAvailable());
  }

  @Test
  void theNightlyTimeIsAnHourAndMinuteOrOff() {
    String derby = "jdbc:derby:data/db";
    assertEquals(Optional.of(LocalTime.of(2, 30)), on(derby, "02:30").nightlyAt());
    assertEquals(Optional.of(LocalTime.of(23, 5)), on(derby, " 23:05 ").nightlyAt());
    assertEquals(Optional.empty(), on(derby, "off").nightlyAt());
    assertEquals(Optional.empty(), on(derby, "").nightlyAt());
    assertEquals(Optional.empty(), on(derby, "half past two").nightlyAt());
    assertEquals(1, on(derby, "off").keep(), "at least the newest is kept");
  }
}
