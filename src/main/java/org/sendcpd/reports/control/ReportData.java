package org.sendcpd.reports.control;

import java.util.List;
import java.util.Map;

/**
 * What fills one report: its template (the report's name), the parameters, the main rows (maps
 * keyed by the template's field names) and named tables for crosstabs or lists inside the report
 * (handed to the template as data-source parameters of the same name), all for the PDF; the same
 * analysis as typed tables for the spreadsheet (the book); and, for the matrices only, a CSV.
 */
public record ReportData(
    String template,
    Map<String, Object> parameters,
    List<? extends Map<String, ?>> rows,
    Map<String, List<? extends Map<String, ?>>> tables,
    CsvTable csv,
    SheetBook book) {

  public ReportData(
      String template,
      Map<String, Object> parameters,
      List<? extends Map<String, ?>> rows,
      SheetBook book) {
    this(template, parameters, rows, Map.of(), null, book);
  }
}
