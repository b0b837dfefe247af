package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A name that looks like a formula reaches the XLSX as the text it is: a text cell, never a
 * formula, marked quote-prefixed so editing it does not make it one either; an ordinary name is not
 * marked.
 */
class SpreadsheetInertTest {

  static final String ATTACK = "=HYPERLINK(\"http://evil.example\",\"Click\")";

  @Test
  void formulaLookingTextStaysTextAndIsQuotePrefixed() throws IOException {
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    ReportHeader header =
        new ReportHeader(
            "-Minus School",
            LocalDate.of(2026, 11, 23),
            LocalDateTime.of(2026, 11, 23, 9, 0),
            "sam");
    SheetTable table =
        new SheetTable(
            "People",
            List.of(SheetColumn.text("Name"), SheetColumn.text("Role")),
            List.of(List.of(ATTACK, "+Teacher"), List.of("Sam Lee", "@risk")));
    ReportData data =
        new ReportData(
            "expiries",
            header.parameters("T"),
            List.of(),
            new SheetBook("T", header, List.of(table)));

    try (XSSFWorkbook book = Workbooks.open(new ReportRenderer().render(data, ReportFormat.XLSX))) {
      Sheet sheet = book.getSheet("People");
      Cell attack = sheet.getRow(1).getCell(0);
      assertEquals(CellType.STRING, attack.getCellType());
      assertEquals(ATTACK, attack.getStringCellValue());
      assertTrue(attack.getCellStyle().getQuotePrefixed());
      assertTrue(sheet.getRow(1).getCell(1).getCellStyle().getQuotePrefixed());
      assertTrue(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed());
      assertFalse(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
      Cell school = book.getSheet("About").getRow(2).getCell(1);
      assertEquals("-Minus School", school.getStringCellValue());
      assertTrue(school.getCellStyle().getQuotePrefixed());
      for (Sheet each : book) {
        each.forEach(
            row ->
                row.forEach(c -> assertFalse(c.getCellType() == CellType.FORMULA, "no formula")));
      }
    }
  }
}
