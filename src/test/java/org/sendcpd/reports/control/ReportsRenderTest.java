package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.control.CpdEntry;
import org.sendcpd.workforce.control.DemoAnalysis;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * Every report of the demo school in every format it is offered in, its PDF read back as text and
 * checked against the analysis for the same reference date.
 */
class ReportsRenderTest {

  static JpaTestDatabase db;
  static SchoolAnalysis analysis;
  static ReportHeader header;
  static final ReportRenderer renderer = new ReportRenderer();

  @BeforeAll
  static void loadDemo() throws java.io.IOException {
    // the XLSX exporter buffers in java.io.tmpdir, which surefire points into target/
    java.nio.file.Files.createDirectories(
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
    analysis = DemoAnalysis.of(db, DemoDatabase.TODAY, 90);
    String school = db.inTransaction(em -> em.find(School.class, analysis.schoolId()).getName());
    header = DemoReports.header(school);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  /** Renders each format twice: the first includes compiling the template, the second is warm. */
  static DemoReports.PdfText render(ReportData data, ReportFormat... formats) {
    DemoReports.PdfText text = null;
    for (ReportFormat format : formats) {
      long start = System.nanoTime();
      byte[] bytes = DemoReports.save(data.template(), format, renderer.render(data, format));
      long first = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      renderer.render(data, format);
      System.out.printf(
          "render %s.%s first %d ms, warm %d ms, %d bytes%n",
          data.template(),
          format.extension(),
          first,
          (System.nanoTime() - start) / 1_000_000,
          bytes.length);
      assertTrue(bytes.length > 0);
      if (format == ReportFormat.PDF) {
        text = DemoReports.text(bytes);
      }
    }
    return text;
  }

  @Test
  void trainingGapListsEachPersonsGaps() {
    var pdf =
        render(
            TrainingGapData.of(analysis, header),
            ReportFormat.PDF,
            ReportFormat.XLSX,
            ReportFormat.CSV);
    String text = pdf.text();
    assertTrue(text.contains(header.schoolName()), text);
    assertTrue(text.matches("(?s).*Page 1 of\\s*" + pdf.pages() + "\\b.*"), text);
    long gaps = analysis.gaps().cells().stream().filter(c -> c.status() == GapStatus.GAP).count();
    assertTrue(text.contains(gaps + " gaps"), text);
  }

  @Test
  void capacityNamesTheSinglePointsAndTheBreachedRule() {
    var pdf =
        render(
            CapacityData.of(analysis, header),
            ReportFormat.PDF,
            ReportFormat.XLSX,
            ReportFormat.CSV);
    String text = pdf.text();
    var single = analysis.capacity().singlePoints().get(0);
    assertTrue(text.contains(analysis.competence(single.competenceId()).code()), text);
    var breached = analysis.rules().stream().filter(r -> r.breachedNow()).findFirst().orElseThrow();
    assertTrue(breached.name().contains("buccal midazolam"), breached.name());
    assertTrue(text.contains("Breached now"), text);
    assertTrue(text.contains("buccal midazolam"), text);
    var lapse = analysis.capacity().lapses().get(0);
    assertTrue(text.contains(analysis.person(lapse.staffId()).name()), text);
    assertTrue(text.contains("Capacity by group and day"), text);
    assertTrue(text.contains("Tue, Thu, Fri"), "Year 2's sensory gap days: " + text);
  }

  @Test
  void cpdRecordListsThePersonsRecordsAndGaps() {
    long ellie = staffId("ellie.robinson@oakfield.example.org");
    List<CpdEntry> entries = db.inTransaction(em -> Ledgers.of(em, ellie, DemoDatabase.TODAY));
    var pdf =
        render(
            CpdRecordData.of(analysis, ellie, entries, header),
            ReportFormat.PDF,
            ReportFormat.XLSX);
    String text = pdf.text();
    assertTrue(text.contains("Ellie Robinson"), text);
    assertTrue(text.contains(entries.get(0).title().substring(0, 20)), text);
    long open =
        analysis.gapsOf(ellie).stream()
            .filter(c -> c.status() != GapStatus.MET && c.status() != GapStatus.NOT_REQUIRED)
            .count();
    assertTrue(text.contains(open + " open gaps"), text);
  }

  @Test
  void expiriesNameWhoseCertificatesLapse() {
    var pdf = render(ExpiriesData.of(analysis, header), ReportFormat.PDF, ReportFormat.XLSX);
    var lapse = analysis.capacity().lapses().get(0);
    assertTrue(pdf.text().contains(analysis.person(lapse.staffId()).name()), pdf.text());
    assertTrue(
        pdf.text().contains(analysis.capacity().lapses().size() + " certificates lapse"),
        pdf.text());
  }

  @Test
  void senInformationCountsAdultsByAreaOfNeed() {
    var pdf = render(SenInformationData.of(analysis, header), ReportFormat.PDF, ReportFormat.XLSX);
    String text = pdf.text();
    assertTrue(text.contains("Communication and interaction"), text);
    long inPost =
        analysis.workforce().people().stream().filter(p -> p.inPostOn(DemoDatabase.TODAY)).count();
    assertTrue(text.contains(inPost + " adults worked at " + header.schoolName()), text);
    assertTrue(text.contains("draft"), text);
  }

  static long staffId(String email) {
    return db.inTransaction(
        em ->
            em.createQuery("SELECT s.id FROM StaffMember s WHERE s.email = :email", Long.class)
                .setParameter("email", email)
                .getSingleResult());
  }
}
