package org.sendcpd.training.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of a CPD history workbook (XLSX) into lines, with the CSV's columns in row
 * 1. Dates typed as dates are read as dates, numbers as numbers; a formula counts by the value the
 * spreadsheet saved with it and is never worked out here.
 */
final class HistoryXlsxReader {

  private HistoryXlsxReader() {}

  static HistoryTable read(byte[] bytes) {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheetAt(0);
      Row first = sheet.getRow(sheet.getFirstRowNum());
      if (first == null || sheet.getPhysicalNumberOfRows() == 0) {
        return HistoryTable.refused(1, "the first sheet is empty");
      }
      List<String> header = new ArrayList<>();
      for (int i = 0; i < first.getLastCellNum(); i++) {
        header.add(text(first.getCell(i)).toLowerCase(Locale.ROOT));
      }
      while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
        header.remove(header.size() - 1);
      }
      String problem = HistoryTable.headerProblem(header);
      if (problem != null) {
        return HistoryTable.refused(first.getRowNum() + 1, problem);
      }
      List<HistoryLine> lines = new ArrayList<>();
      for (int r = first.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Map<String, String> cells = cells(sheet.getRow(r), header);
        if (cells.values().stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (lines.size() == HistoryTable.MAX_LINES) {
          return HistoryTable.refused(
              r + 1, "the sheet has more than " + HistoryTable.MAX_LINES + " lines; split it");
        }
        lines.add(new HistoryLine(r + 1, cells));
      }
      return new HistoryTable(lines, List.of());
    } catch (IOException | RuntimeException unreadable) {
      // POI says so for a broken zip, a zip bomb or a workbook that is not XLSX
      return HistoryTable.refused(
          0,
          "the file is not an XLSX workbook that can be read ("
              + unreadable.getClass().getSimpleName()
              + "); save it again from the spreadsheet, or as \"CSV UTF-8\"");
    }
  }

  private static Map<String, String> cells(Row row, List<String> header) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      cells.put(header.get(i), row == null ? "" : text(row.getCell(i)));
    }
    return cells;
  }

  /** The cell as the CSV would have it: dates ISO, numbers plain, text as it is. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue().strip();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
                  && DateUtil.isValidExcelDate(cell.getNumericCellValue())
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      default -> "";
    };
  }
}
