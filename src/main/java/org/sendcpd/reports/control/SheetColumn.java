package org.sendcpd.reports.control;

/** A column of a spreadsheet table: its header (row 1) and what its cells hold. */
public record SheetColumn(String header, CellKind kind) {

  public static SheetColumn text(String header) {
    return new SheetColumn(header, CellKind.TEXT);
  }

  public static SheetColumn of(String header, CellKind kind) {
    return new SheetColumn(header, kind);
  }
}
