package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sendcpd.training.control.HistoryTable;

/**
 * The empty CPD history workbook has the import's columns in row 1 of its first sheet, dates
 * formatted as dates where a SENCO types them, and says what goes in each column.
 */
class CpdHistoryTemplateTest {

  @Test
  void firstSheetHasTheImportColumnsTypedForWhatTheyHold() throws IOException {
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    ReportHeader header =
        new ReportHeader(
            "Oakfield Primary",
            LocalDate.of(2026, 11, 23),
            LocalDateTime.of(2026, 11, 23, 9, 0),
            "sam");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Spreadsheets.write(CpdHistoryTemplate.book(header), out, ReportProgress.NONE);
    try (XSSFWorkbook book = Workbooks.open(out.toByteArray())) {
      Workbooks.assertTables(book, "CPD history to import", header);
      Sheet sheet = book.getSheetAt(0);
      for (int i = 0; i < HistoryTable.COLUMNS.size(); i++) {
        assertEquals(HistoryTable.COLUMNS.get(i), sheet.getRow(0).getCell(i).getStringCellValue());
      }
      int completed = HistoryTable.COLUMNS.indexOf("completed_on");
      assertEquals("dd/mm/yyyy", sheet.getColumnStyle(completed).getDataFormatString());
      assertEquals(
          "£#,##0",
          sheet.getColumnStyle(HistoryTable.COLUMNS.indexOf("cost")).getDataFormatString());
      Sheet about = book.getSheet("About");
      assertEquals(
          "completed_on", Workbooks.row(about, 0, "completed_on").getCell(0).getStringCellValue());
    }
  }
}
