package org.sendcpd.reports.control;

import java.util.List;

/**
 * One sheet of a report's spreadsheet, laid out as a single table: the header in row 1 and one row
 * per line below it, each cell a value of its column's kind (a String, a Number, a LocalDate or
 * LocalDateTime, a {@link ToneCell}, or null for an empty cell). The rows of a large report may be
 * made only as they are written (see {@link LazyRows}).
 */
public record SheetTable(String name, List<SheetColumn> columns, List<? extends List<?>> rows) {}
