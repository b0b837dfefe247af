package org.sendcpd.reports.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;

/**
 * Puts one value into a cell with its real type: numbers as numbers and days as dates, each with
 * the number format of its column, text as text. Answers how wide the value reads, in characters.
 */
final class CellWriter {

  private final SheetStyles styles;

  CellWriter(SheetStyles styles) {
    this.styles = styles;
  }

  int write(Cell cell, Object value, CellKind kind) {
    if (value == null) {
      return 0;
    }
    if (value instanceof ToneCell toned) {
      cell.setCellValue(toned.text());
      cell.setCellStyle(styles.toned(toned.tone()));
      return toned.text().length();
    }
    if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(styles.of(kind == CellKind.TEXT ? numberKind(number) : kind));
      return 10;
    }
    if (value instanceof LocalDateTime time) {
      cell.setCellValue(time);
      cell.setCellStyle(styles.of(CellKind.DATE_TIME));
      return 16;
    }
    if (value instanceof LocalDate day) {
      cell.setCellValue(day);
      cell.setCellStyle(styles.of(CellKind.DATE));
      return 10;
    }
    String text = value instanceof Boolean yes ? (yes ? "Yes" : "No") : value.toString();
    cell.setCellValue(text);
    cell.setCellStyle(looksLikeFormula(text) ? styles.quoted() : styles.of(CellKind.TEXT));
    return longestLine(text);
  }

  /** The kind a number on its own takes (the About sheet's facts): whole or one decimal. */
  static CellKind numberKind(Number number) {
    return number instanceof Integer || number instanceof Long ? CellKind.WHOLE : CellKind.DECIMAL;
  }

  private static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
  }

  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\n", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }
}
