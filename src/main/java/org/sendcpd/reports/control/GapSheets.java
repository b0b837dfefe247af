package org.sendcpd.reports.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * The gap analysis as spreadsheet tables. The matrix has one row per person and one column per
 * competence; each cell holds "held / required" (levels as numbers, "0 / 2" when nothing is held)
 * on the colour of its status. One cell per competence keeps the matrix one screen wide, and a
 * SENCO can still filter a column by colour (all the gaps in CI-01) or by value (everyone at "1 /
 * 2"), and sort it, since levels are single digits. The list of open cells beside it has held and
 * required as number columns, for sums and comparisons.
 */
final class GapSheets {

  static final String MATRIX = "Gap matrix";
  static final String OPEN = "Gaps";

  private GapSheets() {}

  /** "held / required". */
  static String levels(GapCell cell) {
    return cell.held() + " / " + cell.required();
  }

  static ToneCell.Tone tone(GapStatus status) {
    return switch (status) {
      case MET -> ToneCell.Tone.GOOD;
      case GAP -> ToneCell.Tone.BAD;
      case EXPIRING -> ToneCell.Tone.WARNING;
      case PENDING, NOT_REQUIRED -> ToneCell.Tone.WAITING;
    };
  }

  /** The matrix of the required cells, people by name, competences by code. */
  static SheetTable matrix(SchoolAnalysis a, List<GapCell> required) {
    TreeSet<String> codes = new TreeSet<>();
    Map<Long, Map<String, GapCell>> byPerson = new LinkedHashMap<>();
    for (GapCell cell : required) {
      String code = a.competence(cell.competenceId()).code();
      codes.add(code);
      byPerson.computeIfAbsent(cell.staffId(), id -> new LinkedHashMap<>()).put(code, cell);
    }
    List<SheetColumn> columns =
        new ArrayList<>(List.of(SheetColumn.text("Name"), SheetColumn.text("Job role")));
    codes.forEach(code -> columns.add(SheetColumn.text(code)));
    List<Map.Entry<Long, Map<String, GapCell>>> people =
        byPerson.entrySet().stream()
            .sorted(Comparator.comparing(e -> a.person(e.getKey()).name()))
            .toList();
    // each row is made as it is written, so a large school's matrix is never held as cells
    List<List<?>> rows =
        LazyRows.of(
            people,
            e -> {
              Person p = a.person(e.getKey());
              List<Object> row = new ArrayList<>(List.of(p.name(), Labels.role(p.jobRole())));
              for (String code : codes) {
                GapCell cell = e.getValue().get(code);
                row.add(cell == null ? null : new ToneCell(levels(cell), tone(cell.status())));
              }
              return row;
            });
    return new SheetTable(MATRIX, columns, rows);
  }

  /** One row per open cell (gap, expiring, awaiting verification) and how to close it. */
  static SheetTable open(SchoolAnalysis a, List<GapCell> open) {
    List<SheetColumn> columns =
        List.of(
            SheetColumn.text("Name"),
            SheetColumn.text("Job role"),
            SheetColumn.text("Competence"),
            SheetColumn.text("Statement"),
            SheetColumn.of("Held", CellKind.WHOLE),
            SheetColumn.text("Held level"),
            SheetColumn.of("Required", CellKind.WHOLE),
            SheetColumn.text("Required level"),
            SheetColumn.text("Status"),
            SheetColumn.of("Held until", CellKind.DATE),
            SheetColumn.text("How to close it"));
    return new SheetTable(OPEN, columns, LazyRows.of(open, cell -> openRow(a, cell)));
  }

  private static List<?> openRow(SchoolAnalysis a, GapCell cell) {
    Person p = a.person(cell.staffId());
    CompetenceRef c = a.competence(cell.competenceId());
    return Arrays.asList(
        p.name(),
        Labels.role(p.jobRole()),
        c.code(),
        c.statement(),
        cell.held(),
        cell.held() == 0 ? "none" : c.levelName(cell.held()),
        cell.required(),
        c.levelName(cell.required()),
        new ToneCell(Labels.status(cell.status()), tone(cell.status())),
        cell.heldUntil(),
        TrainingGapData.howToClose(a.howToClose(cell)));
  }

  /**
   * How to read the matrix, for the About sheet: the levels of the first framework, the colours.
   */
  static String legend(SchoolAnalysis a) {
    List<String> names =
        a.workforce().competences().stream()
            .findFirst()
            .map(CompetenceRef::levelNames)
            .orElse(List.of());
    StringBuilder levels = new StringBuilder("0 none");
    for (int i = 0; i < names.size(); i++) {
      levels.append(", ").append(i + 1).append(' ').append(names.get(i));
    }
    return "Each cell: level held / level required ("
        + levels
        + "). Green met, red gap, amber expiring, blue awaiting verification; blank not required.";
  }
}
