package org.sendcpd.reports.control;

/**
 * What a spreadsheet column holds, and so how its cells are typed and formatted: text as text,
 * counts and levels as whole numbers, FTE and hours with one decimal, money in pounds, shares as
 * percentages of fractional values (0.66 shows as 66%), days and times as real dates.
 */
public enum CellKind {
  TEXT(null),
  WHOLE("0"),
  DECIMAL("0.0"),
  MONEY("£#,##0"),
  PERCENT("0%"),
  DATE("dd/mm/yyyy"),
  DATE_TIME("dd/mm/yyyy hh:mm");

  private final String format;

  CellKind(String format) {
    this.format = format;
  }

  /** The spreadsheet number format, or null for text. */
  public String format() {
    return format;
  }
}
