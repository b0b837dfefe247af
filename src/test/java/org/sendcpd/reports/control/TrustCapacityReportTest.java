package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.gaps.control.TrustOverview;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.workforce.control.DemoAnalysis;
import org.sendcpd.workforce.control.TrustAnalysis;

/**
 * The capacity report over the demo trust, rendered with the swap-file virtualizer into a spooled
 * file: every school named with the trust's totals, progress told, and no swap file left behind.
 */
class TrustCapacityReportTest {

  static JpaTestDatabase db;
  static TrustAnalysis trust;
  static List<School> schools;

  @BeforeAll
  static void loadDemo() throws IOException {
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
    trust = DemoAnalysis.trust(db, DemoDatabase.TODAY, 90);
    schools =
        db.inTransaction(em -> em.createNamedQuery(School.FIND_ALL, School.class).getResultList());
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  private static long swapDirectories() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("sendcpd-report-")).count();
    }
  }

  @Test
  void everySchoolAndTheTrustTotalsInAVirtualizedPdf() throws IOException {
    TrustOverview.Overview overview = TrustOverview.of(trust, schools);
    ReportData data =
        TrustCapacityData.of(trust, overview, DemoReports.header("All 3 schools of the trust"));
    long before = swapDirectories();
    List<Integer> percents = new ArrayList<>();
    Path spooled =
        new ReportRenderer()
            .spool(data, ReportFormat.PDF, (percent, step) -> percents.add(percent));
    assertEquals(before, swapDirectories(), "the swap directory is removed");
    byte[] pdf = DemoReports.save("trust-capacity", ReportFormat.PDF, Files.readAllBytes(spooled));
    Files.delete(spooled);
    assertFalse(percents.isEmpty(), "progress is told");
    assertEquals(percents.stream().sorted().toList(), percents, "progress only goes forward");
    String text = DemoReports.text(pdf).text().replaceAll("\\s+", " ");
    for (School school : schools) {
      assertTrue(text.contains(school.getName()), school.getName());
    }
    assertTrue(text.contains("The 3 schools side by side"), text.substring(0, 400));
    assertTrue(text.contains("Trust " + overview.total().staff() + " "), "the totals row");
    assertTrue(text.contains("Riverside Academy: Three adults trained"), "a rule names its school");
    Path sheet = new ReportRenderer().spool(data, ReportFormat.XLSX, ReportProgress.NONE);
    byte[] xlsx = Files.readAllBytes(sheet);
    Files.delete(sheet);
    assertEquals("PK", new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1));
  }
}
