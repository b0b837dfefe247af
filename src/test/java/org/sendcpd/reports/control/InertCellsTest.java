package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text a spreadsheet would read as a formula is made inert; anything else is left alone. */
class InertCellsTest {

  @Test
  void aLeadingFormulaCharacterGetsAQuote() {
    assertEquals("'=HYPERLINK(\"http://x\")", InertCells.inert("=HYPERLINK(\"http://x\")"));
    assertEquals("'+44 1234", InertCells.inert("+44 1234"));
    assertEquals("'-2+3", InertCells.inert("-2+3"));
    assertEquals("'@SUM(A1)", InertCells.inert("@SUM(A1)"));
  }

  @Test
  void ordinaryTextAndEmptyValuesStayAsTheyAre() {
    assertEquals("Eleanor Shah", InertCells.inert("Eleanor Shah"));
    assertEquals("CI-01 a=b", InertCells.inert("CI-01 a=b"));
    assertEquals(" =1", InertCells.inert(" =1"));
    assertEquals("", InertCells.inert(""));
    assertNull(InertCells.inert((String) null));
  }

  @Test
  void theCsvWriterQuotesAndMakesEveryCellInert() {
    CsvTable table =
        new CsvTable(
            List.of("Name", "=Code"),
            List.of(List.of("O'Brien, Niamh", "-1"), List.of("@risk", "line\nbreak")));
    String csv = new String(table.toCsv(), StandardCharsets.UTF_8);
    assertEquals("\uFEFFName,'=Code\r\n\"O'Brien, Niamh\",'-1\r\n'@risk,\"line\nbreak\"\r\n", csv);
  }

  @Test
  void fileNamesAreSluggedSchoolReportDate() {
    assertEquals(
        "st-marys-c-of-e-primary-capacity-2026-11-23.pdf",
        ReportFile.of(
                "St Mary's C of E Primary",
                "capacity",
                java.time.LocalDate.of(2026, 11, 23),
                ReportFormat.PDF,
                new byte[0])
            .fileName());
    assertEquals("ecole-sainte-therese", ReportFile.slug("École Sainte-Thérèse"));
    assertEquals("school", ReportFile.slug("***"));
  }
}
