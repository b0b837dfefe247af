package org.sendcpd.reports.control;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes text safe to open in a spreadsheet: a cell that starts with {@code =}, {@code +}, {@code -}
 * or {@code @} would be read as a formula (CSV and formula injection), so it gets a leading single
 * quote and is shown as the text it is. Only text is touched: numbers stay numbers.
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

  /** A copy of the values with every text value made inert. */
  public static Map<String, Object> inert(Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((key, value) -> copy.put(key, value instanceof String s ? inert(s) : value));
    return copy;
  }

  /**
   * The rows with every text value made inert, each row made when it is read: a large report's rows
   * are made one at a time as the report fills, and so are their inert copies.
   */
  public static List<Map<String, ?>> inertRows(List<? extends Map<String, ?>> rows) {
    return new AbstractList<>() {
      @Override
      public Map<String, ?> get(int index) {
        return inert(rows.get(index));
      }

      @Override
      public int size() {
        return rows.size();
      }
    };
  }

  public static List<String> inertCells(List<String> cells) {
    return cells.stream().map(InertCells::inert).toList();
  }
}
