package org.sendcpd.reports.control;

import java.util.List;

/**
 * Makes text safe to open in a spreadsheet: a cell that starts with {@code =}, {@code +}, {@code -}
 * or {@code @} would be read as a formula (CSV and formula injection), so it gets a leading single
 * quote and is shown as the text it is. Only text is touched: numbers stay numbers. (The XLSX
 * stores text as text and marks such cells quote-prefixed instead: see {@link SheetStyles}.)
 */
public final class InertCells {

  private InertCells() {}

  public static String inert(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + text : text;
  }

  public static List<String> inertCells(List<String> cells) {
    return cells.stream().map(InertCells::inert).toList();
  }
}
