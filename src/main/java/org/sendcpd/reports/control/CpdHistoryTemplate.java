package org.sendcpd.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.training.control.HistoryTable;

/**
 * An empty CPD history workbook for the SENCO to fill in and import: its first sheet has the
 * import's columns in row 1, each column formatted for what it holds (dates, hours, levels, cost),
 * and the About sheet says what goes in each column. Written by the same writers as the reports.
 */
@ApplicationScoped
public class CpdHistoryTemplate {

  static final String NAME = "cpd-history-template";

  /** What each column holds, in the import's words. */
  static final Map<String, String> COLUMNS =
      Map.of(
          "email", "Required. The person's work email, as on the school's staff list.",
          "course_title", "Required. A course of the catalogue, or any other title.",
          "delivery",
              "IN_HOUSE, SPECIALIST_EXTERNAL or ONLINE; needed when the title is not a course.",
          "completed_on", "Required. The day it was completed (dd/mm/yyyy), not in the future.",
          "hours", "Hours it took, more than 0; needed when the title is not a course.",
          "competence_code", "A competence it evidences (one per line), such as CI-01.",
          "level", "The level it evidences in that competence: 1, 2 or 3.",
          "expires_on", "When the certificate lapses, if it does (dd/mm/yyyy).",
          "provider", "Who ran it.",
          "cost", "What it cost, in pounds.");

  @Inject Reports reports;
  @Inject CurrentUser caller;
  Clock clock = Clock.systemDefaultZone();

  public ReportFile workbook() {
    LocalDate today = LocalDate.now(clock);
    ReportHeader header =
        caller
            .schoolId()
            .map(id -> reports.header(id, today))
            .orElseGet(
                () ->
                    new ReportHeader(
                        "Any school", today, LocalDateTime.now(clock), caller.username()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Spreadsheets.write(book(header), out, ReportProgress.NONE);
    return ReportFile.of(header.schoolName(), NAME, today, ReportFormat.XLSX, out.toByteArray());
  }

  static SheetBook book(ReportHeader header) {
    List<SheetColumn> columns =
        HistoryTable.COLUMNS.stream().map(c -> SheetColumn.of(c, kind(c))).toList();
    SheetBook book =
        new SheetBook(
            "CPD history to import",
            header,
            List.of(new SheetTable("CPD history", columns, List.of())));
    for (String column : HistoryTable.COLUMNS) {
      book = book.with(column, COLUMNS.get(column));
    }
    return book.with(
        "How to import",
        "One line per competence; lines with the same email, course title and day make one"
            + " record. Training > Import CPD history checks the file first and lists every wrong"
            + " line; nothing is saved until all are right.");
  }

  private static CellKind kind(String column) {
    return switch (column) {
      case "completed_on", "expires_on" -> CellKind.DATE;
      case "hours" -> CellKind.DECIMAL;
      case "level" -> CellKind.WHOLE;
      case "cost" -> CellKind.MONEY;
      default -> CellKind.TEXT;
    };
  }
}
