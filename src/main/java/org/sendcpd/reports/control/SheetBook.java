package org.sendcpd.reports.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as a spreadsheet: its data sheets, each one table, then the "About" sheet with the
 * report's title, school, reference date, generation time and the report's own facts (a person's
 * name, the term, the totals), each fact a text, a number or a date.
 */
public record SheetBook(
    String title, ReportHeader header, List<SheetTable> tables, Map<String, Object> facts) {

  public SheetBook(String title, ReportHeader header, List<SheetTable> tables) {
    this(title, header, tables, Map.of());
  }

  /** The same book with one more fact on its About sheet. */
  public SheetBook with(String fact, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(facts);
    more.put(fact, value);
    return new SheetBook(title, header, tables, more);
  }
}
