package org.sendcpd.training.control;

import java.util.List;
import java.util.Set;
import org.sendcpd.organisation.control.LineError;

/**
 * A CPD history file read into lines (CSV or the first sheet of an XLSX), with its columns checked.
 * The format (DESIGN.md, exchange formats): header {@code
 * email,course_title,delivery,completed_on,hours,competence_code,level,expires_on,provider,cost};
 * the first three are required, the others may be left out.
 */
public record HistoryTable(List<HistoryLine> lines, List<LineError> errors) {

  public static final List<String> COLUMNS =
      List.of(
          "email",
          "course_title",
          "delivery",
          "completed_on",
          "hours",
          "competence_code",
          "level",
          "expires_on",
          "provider",
          "cost");

  static final Set<String> REQUIRED = Set.of("email", "course_title", "completed_on");

  /** The most lines one file may hold: a school's history for many years fits well within. */
  public static final int MAX_LINES = 20_000;

  static HistoryTable refused(long line, String message) {
    return new HistoryTable(List.of(), List.of(new LineError(line, message)));
  }

  /** Why the header cannot be read as ours, or null when it can. */
  static String headerProblem(List<String> header) {
    List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
    if (!unknown.isEmpty()) {
      return "unknown column(s) "
          + String.join(", ", unknown)
          + "; the columns are "
          + String.join(",", COLUMNS);
    }
    List<String> missing =
        COLUMNS.stream().filter(REQUIRED::contains).filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      return "missing column(s) " + String.join(", ", missing);
    }
    List<String> repeated =
        header.stream().filter(h -> header.indexOf(h) != header.lastIndexOf(h)).distinct().toList();
    return repeated.isEmpty() ? null : "column(s) " + String.join(", ", repeated) + " appear twice";
  }
}
