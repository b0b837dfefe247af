package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.EvaluationAverages.Rating;
import org.sendcpd.analysis.FollowUpStage;
import org.sendcpd.analysis.ImpactChain;
import org.sendcpd.analysis.SchoolTerms;
import org.sendcpd.impact.control.PriorityImpact;

/** The impact report from a known chain: the PDF says what the chain holds, the XLSX is data. */
class ImpactReportTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 7, 20);
  static final ReportRenderer renderer = new ReportRenderer();
  static PriorityImpact impact;

  @BeforeAll
  static void chain() throws IOException {
    Files.createDirectories(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
    List<SchoolTerms.Term> terms = SchoolTerms.of(2025, List.of());
    List<ImpactChain.Training> training =
        List.of(
            new ImpactChain.Training(
                1, LocalDate.of(2025, 10, 2), new BigDecimal("3"), new BigDecimal("120")),
            new ImpactChain.Training(
                2, LocalDate.of(2025, 10, 2), new BigDecimal("3"), new BigDecimal("120")),
            new ImpactChain.Training(
                3, LocalDate.of(2026, 1, 20), new BigDecimal("1.5"), BigDecimal.ZERO));
    List<ImpactChain.DatedRating> ratings = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ratings.add(new ImpactChain.DatedRating(LocalDate.of(2025, 10, 2), new Rating(4, 2, 3)));
    }
    ratings.add(new ImpactChain.DatedRating(LocalDate.of(2026, 1, 20), new Rating(5, 1, 4)));
    List<ImpactChain.Use> uses =
        List.of(
            new ImpactChain.Use(
                LocalDate.of(2025, 11, 13), FollowUpStage.TRIED, LocalDate.of(2025, 11, 20)),
            new ImpactChain.Use(
                LocalDate.of(2025, 11, 13), FollowUpStage.EMBEDDED, LocalDate.of(2026, 2, 2)),
            new ImpactChain.Use(LocalDate.of(2026, 3, 3), null, null));
    List<ImpactChain.Measure> measures =
        List.of(
            new ImpactChain.Measure(
                LocalDate.of(2025, 12, 12),
                "Pupils at SEN support on track in reading",
                new BigDecimal("14"),
                new BigDecimal("31")),
            new ImpactChain.Measure(
                LocalDate.of(2026, 3, 27),
                "Pupils at SEN support on track in reading",
                new BigDecimal("19"),
                new BigDecimal("31")));
    List<ImpactChain.Link> links = ImpactChain.of(terms, training, ratings, uses, measures, AS_OF);
    impact =
        new PriorityImpact(
            7,
            "Every class adult adapts language for pupils with speech and language needs",
            "2025/26",
            "Pupils at SEN support on track in reading",
            List.of("CI-01", "CI-02"),
            links,
            ImpactChain.total(links, training, AS_OF));
  }

  static ReportHeader header() {
    return new ReportHeader(
        "Oakfield Primary School", AS_OF, LocalDateTime.of(2026, 7, 20, 9, 0), "eleanor.shah");
  }

  @Test
  void thePdfShowsTheChainPerTermAndSaysItIsAssociationNotCause() {
    byte[] pdf =
        DemoReports.save(
            "impact",
            ReportFormat.PDF,
            renderer.render(ImpactData.of(List.of(impact), header()), ReportFormat.PDF));
    String text = DemoReports.text(pdf).text().replaceAll("\\s+", " ");
    assertTrue(text.contains("association, not cause"), text);
    assertTrue(text.contains("Every class adult adapts language"), text);
    assertTrue(text.contains("Competences: CI-01, CI-02"), text);
    assertTrue(text.contains("£240.00"), "autumn spend: " + text);
    assertTrue(text.contains("4.0 (6)"), "autumn usefulness from six answers: " + text);
    assertTrue(text.contains("2.0 → 3.0"), "autumn confidence before and after: " + text);
    assertTrue(text.contains("fewer than 5"), "spring's one answer is held back: " + text);
    assertTrue(text.contains("1 tried, 0 embedded"), text);
    assertTrue(text.contains("14 of 31 (45.2%)"), text);
    assertTrue(text.contains("19 of 31 (61.3%)"), text);
    assertTrue(text.contains("Whole year"), text);
  }

  @Test
  void theXlsxIsADataTableWithTypedCells() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Spreadsheets.write(ImpactData.of(List.of(impact), header()).book(), out, ReportProgress.NONE);
    byte[] xlsx = DemoReports.save("impact", ReportFormat.XLSX, out.toByteArray());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet chain = book.getSheet("Chain");
      assertEquals("Priority", chain.getRow(0).getCell(0).getStringCellValue());
      assertEquals(4, chain.getLastRowNum(), "three terms and the year");
      var autumn = chain.getRow(1);
      assertEquals(CellType.NUMERIC, autumn.getCell(5).getCellType());
      assertEquals(2, autumn.getCell(5).getNumericCellValue());
      assertEquals(240.0, autumn.getCell(7).getNumericCellValue());
      assertEquals(
          LocalDate.of(2025, 9, 1), autumn.getCell(3).getLocalDateTimeCellValue().toLocalDate());
      assertEquals(4.0, autumn.getCell(9).getNumericCellValue());
      var spring = chain.getRow(2);
      assertEquals(1, spring.getCell(8).getNumericCellValue(), "one answer counted");
      assertTrue(
          spring.getCell(9) == null || spring.getCell(9).getCellType() == CellType.BLANK,
          "but no average below five answers");
      Sheet measures = book.getSheet("Measures");
      assertEquals(2, measures.getLastRowNum());
      assertEquals(14.0, measures.getRow(1).getCell(4).getNumericCellValue());
      assertEquals(45.2, measures.getRow(1).getCell(6).getNumericCellValue());
      Sheet about = book.getSheet("About");
      boolean said = false;
      for (var row : about) {
        for (var cell : row) {
          said |=
              cell.getCellType() == CellType.STRING
                  && cell.getStringCellValue().equals(ImpactChain.ASSOCIATION_NOT_CAUSE);
        }
      }
      assertTrue(said, "the About sheet says it shows association, not cause");
    }
  }
}
