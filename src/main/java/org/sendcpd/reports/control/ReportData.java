package org.sendcpd.reports.control;

import java.util.List;
import java.util.Map;

/**
 * What fills one report: its template (the report's name), the parameters, the main rows (maps
 * keyed by the template's field names) and named tables for crosstabs or lists inside the report
 * (handed to the template as data-source parameters of the same name). CSV is offered only for the
 * matrices and is null for the other reports.
 */
public record ReportData(
    String template,
    Map<String, Object> parameters,
    List<? extends Map<String, ?>> rows,
    Map<String, List<? extends Map<String, ?>>> tables,
    CsvTable csv) {

  public ReportData(
      String template, Map<String, Object> parameters, List<? extends Map<String, ?>> rows) {
    this(template, parameters, rows, Map.of(), null);
  }
}
