package org.sendcpd.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report's spreadsheet with Apache POI: its data sheets, then the About sheet. The
 * workbook streams: only {@value #ROWS_IN_MEMORY} rows of a sheet are in memory at a time, the rest
 * wait compressed in a temporary file, so a large school's matrix costs little memory.
 */
final class Spreadsheets {

  static final int ROWS_IN_MEMORY = 200;

  private Spreadsheets() {}

  static void write(SheetBook report, OutputStream out, ReportProgress progress) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      book.setCompressTempFiles(true);
      book.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(report.title());
      SheetStyles styles = new SheetStyles(book);
      int done = 0;
      for (SheetTable table : report.tables()) {
        progress.at(20 + 60 * done++ / report.tables().size(), "Writing " + table.name());
        TableSheet.write(book, styles, table);
      }
      AboutSheet.write(book, styles, report);
      progress.at(85, "Saving the workbook");
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
