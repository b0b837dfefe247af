package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.gaps.control.TrustOverview;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.control.CpdEntry;
import org.sendcpd.workforce.control.DemoAnalysis;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.TrustAnalysis;

/**
 * The demo school's reports as spreadsheets, opened with Apache POI: each sheet one table with a
 * frozen header and a filter and no merged cell, numbers and dates typed with their formats, the
 * gap matrix with the levels held and required on the colour of the status, and the About sheet.
 */
class SpreadsheetReportsTest {

  static final String ELLIE = "ellie.robinson@oakfield.example.org";

  static JpaTestDatabase db;
  static SchoolAnalysis analysis;
  static ReportHeader header;
  static final ReportRenderer renderer = new ReportRenderer();

  @BeforeAll
  static void loadDemo() throws IOException {
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
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

  static XSSFWorkbook sheets(ReportData data) {
    byte[] xlsx =
        DemoReports.save(
            data.template() + "-sheets",
            ReportFormat.XLSX,
            renderer.render(data, ReportFormat.XLSX));
    return Workbooks.open(xlsx);
  }

  @Test
  void gapMatrixHoldsTheLevelsHeldAndRequiredOnTheStatusColour() throws IOException {
    try (XSSFWorkbook book = sheets(TrainingGapData.of(analysis, header))) {
      Workbooks.assertTables(book, "Training gaps", header);
      Sheet matrix = book.getSheet("Gap matrix");
      long ellie = staffId(ELLIE);
      Row row = Workbooks.row(matrix, 0, analysis.person(ellie).name());
      assertEquals("Teaching assistant", row.getCell(1).getStringCellValue());
      List<GapCell> required =
          analysis.gapsOf(ellie).stream()
              .filter(c -> c.status() != GapStatus.NOT_REQUIRED)
              .toList();
      assertTrue(required.stream().anyMatch(c -> c.status() == GapStatus.GAP), "Ellie has gaps");
      for (GapCell gap : required) {
        Cell cell = row.getCell(Workbooks.column(matrix, code(gap)));
        assertEquals(gap.held() + " / " + gap.required(), cell.getStringCellValue(), code(gap));
        assertArrayEquals(
            GapSheets.tone(gap.status()).rgb(),
            ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor().getRGB(),
            code(gap) + " " + gap.status());
      }
      // the demo's TA Ellie Robinson holds nothing of SEMH-02, which TAs need at level 2
      Cell known = row.getCell(Workbooks.column(matrix, "SEMH-02"));
      assertEquals("0 / 2", known.getStringCellValue());
      assertArrayEquals(
          ToneCell.Tone.BAD.rgb(),
          ((XSSFCellStyle) known.getCellStyle()).getFillForegroundColorColor().getRGB());
      assertEquals("2 / 2", row.getCell(Workbooks.column(matrix, "CI-01")).getStringCellValue());

      Sheet gaps = book.getSheet("Gaps");
      Row first = gaps.getRow(1);
      double held = Workbooks.assertNumber(first.getCell(Workbooks.column(gaps, "Held")), "0");
      double needed =
          Workbooks.assertNumber(first.getCell(Workbooks.column(gaps, "Required")), "0");
      assertTrue(held < needed || first.getCell(Workbooks.column(gaps, "Status")) != null);
      long open =
          analysis.gaps().cells().stream()
              .filter(c -> c.status() != GapStatus.MET && c.status() != GapStatus.NOT_REQUIRED)
              .count();
      assertEquals(open, gaps.getLastRowNum(), "one row per open cell");
    }
  }

  @Test
  void capacityTypesFteSpendAndDates() throws IOException {
    try (XSSFWorkbook book = sheets(CapacityData.of(analysis, header))) {
      Workbooks.assertTables(book, "Capacity", header);
      Sheet holdings = book.getSheet("Holdings");
      double fte = Workbooks.assertNumber(holdings.getRow(1).getCell(4), "0.0");
      assertTrue(fte > 0, "FTE holding the first competence");
      Sheet byRole = book.getSheet("Spend by job role");
      double spend = 0;
      for (Row row : byRole) {
        if (row.getRowNum() > 0) {
          spend += Workbooks.assertNumber(row.getCell(3), "£#,##0");
        }
      }
      double expected = analysis.capacity().spendByRole().stream().mapToDouble(s -> s.cost()).sum();
      assertEquals(expected, spend, 0.001);
      Sheet lapses = book.getSheet("Lapses");
      var lapse = analysis.capacity().lapses().get(0);
      Workbooks.assertDate(lapses.getRow(1).getCell(4), lapse.expiresOn());
      assertEquals(analysis.capacity().lapses().size(), lapses.getLastRowNum());
      Sheet groups = book.getSheet("Capacity by group");
      assertEquals(analysis.capacity().byGroup().size(), groups.getLastRowNum());
      assertEquals("Adults enhanced Tue", groups.getRow(0).getCell(4).getStringCellValue());
      boolean year2GapTuesday = false;
      for (Row row : groups) {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("Year 2")) {
          Workbooks.assertNumber(row.getCell(3), "0");
          year2GapTuesday |= row.getCell(8).getStringCellValue().contains("Tue");
        }
      }
      assertTrue(year2GapTuesday, "the demo's Year 2 has a group-day gap on Tuesday");
    }
  }

  @Test
  void trustSchoolsShowTheShareMetAsAPercentage() throws IOException {
    TrustAnalysis trust = DemoAnalysis.trust(db, DemoDatabase.TODAY, 90);
    List<School> schools =
        db.inTransaction(em -> em.createNamedQuery(School.FIND_ALL, School.class).getResultList());
    ReportData data =
        TrustCapacityData.of(
            trust, TrustOverview.of(trust, schools), DemoReports.header("All 3 schools"));
    try (XSSFWorkbook book = sheets(data)) {
      Workbooks.assertTables(book, "Capacity of the trust", DemoReports.header("All 3 schools"));
      Sheet sheet = book.getSheet("Schools");
      assertEquals(schools.size() + 1, sheet.getLastRowNum(), "each school and the trust");
      double share = Workbooks.assertNumber(sheet.getRow(1).getCell(4), "0%");
      assertTrue(share >= 0 && share <= 1, "a fraction shown as a percentage: " + share);
      Workbooks.assertNumber(sheet.getRow(1).getCell(10), "£#,##0");
      Sheet rules = book.getSheet("Coverage rules");
      assertEquals("School", rules.getRow(0).getCell(0).getStringCellValue());
    }
  }

  @Test
  void expiriesDateEachCertificate() throws IOException {
    try (XSSFWorkbook book = sheets(ExpiriesData.of(analysis, header))) {
      Workbooks.assertTables(book, "Lapsing and expired certificates", header);
      Sheet sheet = book.getSheet("Certificates");
      Row first = sheet.getRow(1);
      Workbooks.assertDate(first.getCell(Workbooks.column(sheet, "Expires on")), null);
      Workbooks.assertNumber(first.getCell(Workbooks.column(sheet, "Days to expiry")), "0");
    }
  }

  @Test
  void cpdRecordTypesDatesAndHours() throws IOException {
    long ellie = staffId(ELLIE);
    List<CpdEntry> entries = db.inTransaction(em -> Ledgers.of(em, ellie, DemoDatabase.TODAY));
    try (XSSFWorkbook book = sheets(CpdRecordData.of(analysis, ellie, entries, header))) {
      Workbooks.assertTables(book, "CPD record", header);
      Sheet records = book.getSheet("Records");
      assertEquals(entries.size(), records.getLastRowNum());
      CpdEntry newest =
          entries.stream().max(java.util.Comparator.comparing(CpdEntry::completedOn)).orElseThrow();
      Workbooks.assertDate(records.getRow(1).getCell(0), newest.completedOn());
      Workbooks.assertNumber(records.getRow(1).getCell(4), "0.0");
    }
  }

  @Test
  void senInformationCountsAdultsAsNumbers() throws IOException {
    try (XSSFWorkbook book = sheets(SenInformationData.of(analysis, header))) {
      Workbooks.assertTables(
          book, "SEN information report: expertise and training of staff (draft)", header);
      Sheet areas = book.getSheet("Adults by area of need");
      Row ci = Workbooks.row(areas, 0, "Communication and interaction");
      Workbooks.assertNumber(ci.getCell(1), "0");
    }
  }

  static long staffId(String email) {
    return db.inTransaction(
        em ->
            em.createQuery("SELECT s.id FROM StaffMember s WHERE s.email = :email", Long.class)
                .setParameter("email", email)
                .getSingleResult());
  }

  private static String code(GapCell cell) {
    return analysis.competence(cell.competenceId()).code();
  }
}
