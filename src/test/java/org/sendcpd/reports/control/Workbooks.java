package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens a report's XLSX with Apache POI and checks what every sheet of it must be. */
final class Workbooks {

  private Workbooks() {}

  static XSSFWorkbook open(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every sheet is one table: header in row 1, frozen, an auto-filter from A1 over the table, no
   * merged cell; the last sheet is About with the title, school, reference date and generation.
   */
  static void assertTables(XSSFWorkbook book, String title, ReportHeader header) {
    for (Sheet sheet : book) {
      XSSFSheet table = (XSSFSheet) sheet;
      assertEquals(0, table.getNumMergedRegions(), sheet.getSheetName() + ": no merged cells");
      assertNotNull(table.getPaneInformation(), sheet.getSheetName() + ": frozen header");
      assertTrue(table.getPaneInformation().isFreezePane(), sheet.getSheetName());
      assertEquals(1, table.getPaneInformation().getHorizontalSplitPosition(), "row 1 frozen");
      assertTrue(table.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + ": filter");
      String ref = table.getCTWorksheet().getAutoFilter().getRef();
      assertTrue(
          ref.startsWith("A1:") && ref.endsWith(Integer.toString(table.getLastRowNum() + 1)),
          sheet.getSheetName() + " filter " + ref);
      for (Cell cell : table.getRow(0)) {
        assertEquals(CellType.STRING, cell.getCellType(), "header text");
        assertTrue(!cell.getStringCellValue().isBlank(), "every column has a header");
      }
    }
    Sheet about = book.getSheetAt(book.getNumberOfSheets() - 1);
    assertEquals("About", about.getSheetName());
    assertEquals(title, about.getRow(1).getCell(1).getStringCellValue());
    assertEquals(header.schoolName(), about.getRow(2).getCell(1).getStringCellValue());
    assertDate(about.getRow(3).getCell(1), header.date());
    Cell generated = about.getRow(4).getCell(1);
    assertEquals(header.generatedAt(), generated.getLocalDateTimeCellValue());
    assertEquals("dd/mm/yyyy hh:mm", generated.getCellStyle().getDataFormatString());
  }

  /** The column of that header in row 1 of the sheet. */
  static int column(Sheet sheet, String header) {
    for (Cell cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
  }

  /** A real date, shown dd/mm/yyyy. */
  static void assertDate(Cell cell, LocalDate expected) {
    assertEquals(CellType.NUMERIC, cell.getCellType(), "a date is a number in a sheet");
    assertTrue(DateUtil.isCellDateFormatted(cell), "formatted as a date");
    assertEquals("dd/mm/yyyy", cell.getCellStyle().getDataFormatString());
    if (expected != null) {
      assertEquals(expected, cell.getLocalDateTimeCellValue().toLocalDate());
    }
  }

  /** A number with that number format. */
  static double assertNumber(Cell cell, String format) {
    assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress() + " is a number");
    assertEquals(format, cell.getCellStyle().getDataFormatString(), cell.getAddress().toString());
    return cell.getNumericCellValue();
  }

  /** The first data row whose cell in that column reads the text. */
  static Row row(Sheet sheet, int column, String text) {
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (row.getRowNum() > 0 && cell != null && text.equals(cell.getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
  }
}
