package org.sendcpd.reports.control;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one table as a sheet people can work in: the header in row 1, frozen, with an auto-filter
 * over the whole table; one row per line; no merged cells; columns as wide as what they hold (up to
 * a limit, so a long text wraps the eye rather than the screen).
 */
final class TableSheet {

  /** The widest a column is made, in characters. */
  static final int MAX_WIDTH = 60;

  private TableSheet() {}

  static void write(SXSSFWorkbook book, SheetStyles styles, SheetTable table) {
    SXSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
    List<SheetColumn> columns = table.columns();
    int[] widths = new int[columns.size()];
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(styles.header());
      widths[i] = columns.get(i).header().length() + 3; // room for the filter's button
    }
    CellWriter cells = new CellWriter(styles);
    int rowIndex = 1;
    for (List<?> values : table.rows()) {
      Row row = sheet.createRow(rowIndex++);
      for (int i = 0; i < columns.size(); i++) {
        int width = cells.write(row.createCell(i), values.get(i), columns.get(i).kind());
        widths[i] = Math.max(widths[i], width);
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns.size() - 1));
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
      if (columns.get(i).kind() != CellKind.TEXT) {
        // a line added by hand takes the column's format too
        sheet.setDefaultColumnStyle(i, styles.of(columns.get(i).kind()));
      }
    }
  }
}
