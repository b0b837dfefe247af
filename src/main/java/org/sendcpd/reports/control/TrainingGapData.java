package org.sendcpd.reports.control;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendcpd.analysis.ClosingCourse;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * The training-gap report: the staff x competence matrix (the MATRIX table, one crosstab cell per
 * required competence), then one row per open cell (gap, expiring, pending) with the courses and
 * sessions that close it. Its CSV is the matrix in words; its spreadsheet the matrix with the
 * levels held and required ({@link GapSheets}).
 */
public final class TrainingGapData {

  private static final DateTimeFormatter SESSION = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private TrainingGapData() {}

  public static ReportData of(SchoolAnalysis a, ReportHeader header) {
    Comparator<GapCell> byPerson =
        Comparator.comparing((GapCell c) -> a.person(c.staffId()).name())
            .thenComparing(c -> a.competence(c.competenceId()).code());
    List<GapCell> cells =
        a.gaps().cells().stream()
            .filter(c -> c.status() != GapStatus.NOT_REQUIRED)
            .sorted(byPerson)
            .toList();
    List<GapCell> open = cells.stream().filter(c -> c.status() != GapStatus.MET).toList();
    // the rows are made as the report fills (LazyRows), so a large school's stay out of memory
    List<Map<String, ?>> matrix =
        LazyRows.of(
            cells,
            cell ->
                Map.of(
                    "person",
                    a.person(cell.staffId()).name(),
                    "competence",
                    a.competence(cell.competenceId()).code(),
                    "symbol",
                    Labels.symbol(cell.status())));
    List<Map<String, ?>> rows =
        LazyRows.of(
            open,
            cell -> gapRow(a, a.person(cell.staffId()), a.competence(cell.competenceId()), cell));
    Map<String, Object> parameters = header.parameters("Training gaps");
    parameters.put("PEOPLE", (int) cells.stream().map(GapCell::staffId).distinct().count());
    parameters.put("GAPS", count(cells, GapStatus.GAP));
    parameters.put("EXPIRING", count(cells, GapStatus.EXPIRING));
    parameters.put("PENDING", count(cells, GapStatus.PENDING));
    parameters.put("MET", count(cells, GapStatus.MET));
    SheetBook book =
        new SheetBook(
                "Training gaps",
                header,
                List.of(GapSheets.matrix(a, cells), GapSheets.open(a, open)))
            .with("People", parameters.get("PEOPLE"))
            .with("Gaps", parameters.get("GAPS"))
            .with("Expiring", parameters.get("EXPIRING"))
            .with("Awaiting verification", parameters.get("PENDING"))
            .with("Met", parameters.get("MET"))
            .with("How to read the matrix", GapSheets.legend(a));
    return new ReportData(
        "training-gap", parameters, rows, Map.of("MATRIX", matrix), csv(a, cells), book);
  }

  static Map<String, ?> gapRow(SchoolAnalysis a, Person p, CompetenceRef c, GapCell cell) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("person", p.name());
    row.put("role", Labels.role(p.jobRole()));
    row.put("code", c.code());
    row.put("statement", c.statement());
    row.put("required", c.levelName(cell.required()));
    row.put("held", cell.held() == 0 ? "none" : c.levelName(cell.held()));
    row.put("status", Labels.status(cell.status()) + until(cell));
    row.put("symbol", Labels.symbol(cell.status()));
    row.put("close", howToClose(a.howToClose(cell)));
    return row;
  }

  private static String until(GapCell cell) {
    return cell.heldUntil() == null ? "" : " (held to " + ReportHeader.day(cell.heldUntil()) + ")";
  }

  /** The closing courses as lines: title, delivery and level, then the next sessions. */
  static String howToClose(List<ClosingCourse> courses) {
    if (courses.isEmpty()) {
      return "No course in the catalogue closes this gap.";
    }
    return courses.stream()
        .map(
            course ->
                course.title()
                    + " ("
                    + Labels.words(course.delivery())
                    + ")"
                    + (course.nextSessions().isEmpty()
                        ? ": no session planned"
                        : ": "
                            + course.nextSessions().stream()
                                .map(
                                    s ->
                                        SESSION.format(s.startsAt())
                                            + (s.personBooked()
                                                ? " (booked)"
                                                : " (" + s.freePlaces() + " free)"))
                                .collect(Collectors.joining(", "))))
        .collect(Collectors.joining("\n"));
  }

  private static int count(List<GapCell> cells, GapStatus status) {
    return (int) cells.stream().filter(c -> c.status() == status).count();
  }

  private static CsvTable csv(SchoolAnalysis a, List<GapCell> cells) {
    TreeSet<String> codes = new TreeSet<>();
    Map<Long, Map<String, String>> byPerson = new LinkedHashMap<>();
    for (GapCell cell : cells) {
      String code = a.competence(cell.competenceId()).code();
      codes.add(code);
      byPerson
          .computeIfAbsent(cell.staffId(), id -> new LinkedHashMap<>())
          .put(code, Labels.status(cell.status()));
    }
    List<String> header = new ArrayList<>(List.of("Name", "Job role"));
    header.addAll(codes);
    List<List<String>> rows =
        byPerson.entrySet().stream()
            .sorted(Comparator.comparing(e -> a.person(e.getKey()).name()))
            .map(
                e -> {
                  Person p = a.person(e.getKey());
                  List<String> row = new ArrayList<>(List.of(p.name(), Labels.role(p.jobRole())));
                  codes.forEach(code -> row.add(e.getValue().getOrDefault(code, "")));
                  return row;
                })
            .toList();
    return new CsvTable(header, rows);
  }
}
