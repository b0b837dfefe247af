package org.sendcpd.gaps.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.ConfidenceCheck;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * The heatmap of a school's gaps, filtered: rows are people, columns the competences required of at
 * least one of them, each column with its count of gaps.
 */
public record GapMatrix(List<Column> columns, List<Row> rows) implements Serializable {

  /** A competence column with how many of the shown people have a gap in it. */
  public record Column(
      long competenceId,
      String code,
      String statement,
      String framework,
      String area,
      int gaps,
      int pending)
      implements Serializable {}

  /** A person and their cells by competence id. */
  public record Row(
      long staffId, String name, String jobRole, String team, Map<Long, GapCellView> cells)
      implements Serializable {

    public GapCellView cell(long competenceId) {
      return cells.getOrDefault(competenceId, GapCellView.EMPTY);
    }
  }

  /** What the SENCO chose to see. Empty strings and nulls mean "all". */
  public record Filter(String jobRole, String team, String area, Long frameworkId)
      implements Serializable {

    boolean shows(Person p) {
      return (blank(jobRole) || jobRole.equals(p.jobRole()))
          && (blank(team) || team.equals(p.team()));
    }

    boolean shows(CompetenceRef c) {
      return (blank(area) || area.equals(c.areaCode()))
          && (frameworkId == null || frameworkId == c.frameworkId());
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  static GapMatrix of(SchoolAnalysis analysis, Filter filter) {
    return of(analysis, filter, new ConfidenceCheck(List.of(), analysis.date()));
  }

  /** The matrix with each person's own confidence beside the cells they rated. */
  static GapMatrix of(SchoolAnalysis analysis, Filter filter, ConfidenceCheck confidence) {
    Map<Long, Map<Long, GapCell>> byPerson = new HashMap<>();
    Set<Long> required = new LinkedHashSet<>();
    for (GapCell cell : analysis.gaps().cells()) {
      byPerson
          .computeIfAbsent(cell.staffId(), id -> new HashMap<>())
          .put(cell.competenceId(), cell);
    }
    List<Person> people =
        analysis.workforce().people().stream()
            .filter(p -> p.inPostOn(analysis.date()) && filter.shows(p))
            .sorted(Comparator.comparing(GapMatrix::surnameFirst))
            .toList();
    for (Person p : people) {
      byPerson.getOrDefault(p.id(), Map.of()).values().stream()
          .filter(c -> c.status() != GapStatus.NOT_REQUIRED)
          .forEach(c -> required.add(c.competenceId()));
    }
    List<CompetenceRef> shown =
        analysis.workforce().competences().stream()
            .filter(c -> required.contains(c.id()) && filter.shows(c))
            .toList();
    List<Row> rows = new ArrayList<>();
    for (Person p : people) {
      Map<Long, GapCellView> cells = new HashMap<>();
      Map<Long, GapCell> mine = byPerson.getOrDefault(p.id(), Map.of());
      for (CompetenceRef c : shown) {
        GapCell cell = mine.get(c.id());
        if (cell != null) {
          cells.put(
              c.id(),
              GapCellView.of(
                      cell,
                      cell.required() == 0 ? null : c.levelName(cell.required()),
                      cell.held() == 0 ? null : c.levelName(cell.held()))
                  .rated(confidence.confidenceOf(cell)));
        }
      }
      rows.add(new Row(p.id(), surnameFirst(p), p.jobRole(), p.team(), cells));
    }
    List<Column> columns =
        shown.stream()
            .map(
                c ->
                    new Column(
                        c.id(),
                        c.code(),
                        c.statement(),
                        c.frameworkName(),
                        c.areaName(),
                        count(rows, c.id(), v -> v.status() == GapStatus.GAP),
                        count(rows, c.id(), v -> v.status() == GapStatus.PENDING)))
            .toList();
    return new GapMatrix(columns, rows);
  }

  private static int count(List<Row> rows, long competenceId, Predicate<GapCellView> which) {
    return (int) rows.stream().filter(r -> which.test(r.cell(competenceId))).count();
  }

  private static String surnameFirst(Person p) {
    int space = p.name().lastIndexOf(' ');
    return space < 0
        ? p.name()
        : p.name().substring(space + 1) + ", " + p.name().substring(0, space);
  }
}
