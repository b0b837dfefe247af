package org.sendcpd.reports.control;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of one workbook, each made once: a workbook holds at most 64,000 styles, and a
 * style per cell would run out on a large school's matrix.
 */
final class SheetStyles {

  private final SXSSFWorkbook book;
  private final Map<String, CellStyle> made = new HashMap<>();

  SheetStyles(SXSSFWorkbook book) {
    this.book = book;
  }

  /** Bold with a rule under it, for row 1. */
  CellStyle header() {
    return made.computeIfAbsent(
        "header",
        key -> {
          CellStyle style = book.createCellStyle();
          Font bold = book.createFont();
          bold.setBold(true);
          style.setFont(bold);
          style.setBorderBottom(BorderStyle.THIN);
          style.setVerticalAlignment(VerticalAlignment.TOP);
          return style;
        });
  }

  /** A value of that kind: its number format, if any. */
  CellStyle of(CellKind kind) {
    return made.computeIfAbsent(
        kind.name(),
        key -> {
          CellStyle style = book.createCellStyle();
          style.setVerticalAlignment(VerticalAlignment.TOP);
          if (kind.format() != null) {
            style.setDataFormat(book.createDataFormat().getFormat(kind.format()));
          }
          return style;
        });
  }

  /**
   * Text that starts like a formula (=, +, -, @): stored as text, as every text is, and marked
   * quote-prefixed so that editing the cell does not turn it into a formula either.
   */
  CellStyle quoted() {
    CellStyle text = of(CellKind.TEXT);
    return made.computeIfAbsent(
        "quoted",
        key -> {
          CellStyle style = book.createCellStyle();
          style.cloneStyleFrom(text);
          style.setQuotePrefixed(true);
          return style;
        });
  }

  /** Text on a fill colour. */
  CellStyle toned(ToneCell.Tone tone) {
    return made.computeIfAbsent(
        "tone-" + tone.name(),
        key -> {
          XSSFCellStyle style = (XSSFCellStyle) book.createCellStyle();
          style.setVerticalAlignment(VerticalAlignment.TOP);
          style.setFillForegroundColor(new XSSFColor(tone.rgb(), null));
          style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          return style;
        });
  }
}
