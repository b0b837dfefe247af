package org.sendcpd.reports.control;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.workforce.control.AnalysisView;

/**
 * The capacity analysis as spreadsheet tables, one sheet per section of the PDF: single points of
 * failure, coverage rules, coverage against demand, capacity by group and day, lapses, hours and
 * spend by delivery and by job role, and the holdings by competence and level with a column per job
 * role. For the trust, the sections that belong to one school start with the school's name.
 */
final class CapacitySheets {

  private final AnalysisView a;
  private final LongFunction<String> schoolName;

  /** schoolName names a school by id, or is null for one school's report (no school column). */
  CapacitySheets(AnalysisView a, LongFunction<String> schoolName) {
    this.a = a;
    this.schoolName = schoolName;
  }

  List<SheetTable> tables() {
    CapacityReport report = a.capacity();
    return List.of(
        singlePoints(report),
        rules(),
        demand(report),
        byGroup(report),
        lapses(report),
        byDelivery(report),
        byRole(report),
        holdings(report));
  }

  private SheetTable singlePoints(CapacityReport report) {
    List<List<?>> rows =
        report.singlePoints().stream()
            .<List<?>>map(
                p -> {
                  CompetenceRef c = a.competence(p.competenceId());
                  String holders =
                      p.holderIds().stream().map(this::name).collect(Collectors.joining(", "));
                  return schooled(
                      p.schoolId(),
                      c.code(),
                      c.statement(),
                      c.levelName(p.level()),
                      p.holders(),
                      holders.isEmpty() ? "nobody" : holders);
                })
            .collect(Collectors.toList());
    return table(
        "Single points of failure",
        rows,
        SheetColumn.text("Competence"),
        SheetColumn.text("Statement"),
        SheetColumn.text("Level"),
        SheetColumn.of("Holders", CellKind.WHOLE),
        SheetColumn.text("Held by"));
  }

  private SheetTable rules() {
    List<List<?>> rows =
        a.rules().stream()
            .filter(RuleCheck::active)
            .<List<?>>map(
                r -> {
                  CompetenceRef c = a.competence(r.competenceId());
                  return schooled(
                      r.schoolId(),
                      r.name(),
                      c.code(),
                      c.levelName(r.level()),
                      r.holders(),
                      r.minHolders(),
                      r.breachedNow()
                          ? "Breached now"
                          : r.breachDate() != null ? "Breached ahead" : "Met",
                      r.breachedNow() ? a.date() : r.breachDate(),
                      r.breachDate() == null || r.breachedNow()
                          ? null
                          : Labels.words(r.cause().name())
                              + (r.causeStaffId() == null
                                  ? ""
                                  : " (" + name(r.causeStaffId()) + ")"));
                })
            .collect(Collectors.toList());
    return table(
        "Coverage rules",
        rows,
        SheetColumn.text("Rule"),
        SheetColumn.text("Competence"),
        SheetColumn.text("Level"),
        SheetColumn.of("Holders", CellKind.WHOLE),
        SheetColumn.of("Minimum", CellKind.WHOLE),
        SheetColumn.text("Status"),
        SheetColumn.of("Breached from", CellKind.DATE),
        SheetColumn.text("Why"));
  }

  private SheetTable demand(CapacityReport report) {
    List<List<?>> rows =
        report.coverage().stream()
            .<List<?>>map(
                d ->
                    schooled(
                        d.schoolId(),
                        Labels.area(d.areaOfNeed()),
                        d.adults(),
                        d.fte(),
                        d.pupils(),
                        d.ehcPlans(),
                        d.adults() == 0 ? null : (double) d.pupils() / d.adults()))
            .collect(Collectors.toList());
    return table(
        "Coverage of need",
        rows,
        SheetColumn.text("Area of need"),
        SheetColumn.of("Adults enhanced or above", CellKind.WHOLE),
        SheetColumn.of("FTE", CellKind.DECIMAL),
        SheetColumn.of("Pupils", CellKind.WHOLE),
        SheetColumn.of("EHC plans", CellKind.WHOLE),
        SheetColumn.of("Pupils per adult", CellKind.DECIMAL));
  }

  /** Each group's pupils in an area against the adults there at enhanced or above, day by day. */
  private SheetTable byGroup(CapacityReport report) {
    List<List<?>> rows = new ArrayList<>();
    for (CapacityReport.GroupCover g : report.byGroup()) {
      List<Object> cells =
          new ArrayList<>(List.of(g.group(), Labels.area(g.areaOfNeed()), g.pupils()));
      SchoolDays.WEEK.forEach(day -> cells.add(g.adultsOn(day)));
      cells.add(
          g.gapDays().stream()
              .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK))
              .collect(Collectors.joining(", ")));
      rows.add(schooled(g.schoolId(), cells.toArray()));
    }
    List<SheetColumn> columns =
        new ArrayList<>(
            List.of(
                SheetColumn.text("Group"),
                SheetColumn.text("Area of need"),
                SheetColumn.of("Pupils", CellKind.WHOLE)));
    SchoolDays.WEEK.forEach(
        day ->
            columns.add(
                SheetColumn.of(
                    "Adults enhanced " + day.getDisplayName(TextStyle.SHORT, Locale.UK),
                    CellKind.WHOLE)));
    columns.add(SheetColumn.text("Days with no adult at enhanced"));
    return table("Capacity by group", rows, columns.toArray(SheetColumn[]::new));
  }

  private SheetTable lapses(CapacityReport report) {
    List<List<?>> rows =
        report.lapses().stream()
            .<List<?>>map(
                l -> {
                  CompetenceRef c = a.competence(l.competenceId());
                  return schooled(
                      a.person(l.staffId()).schoolId(),
                      name(l.staffId()),
                      c.code(),
                      c.statement(),
                      c.levelName(l.level()),
                      l.expiresOn());
                })
            .collect(Collectors.toList());
    return table(
        "Lapses",
        rows,
        SheetColumn.text("Name"),
        SheetColumn.text("Competence"),
        SheetColumn.text("Statement"),
        SheetColumn.text("Level"),
        SheetColumn.of("Expires on", CellKind.DATE));
  }

  private static SheetTable byDelivery(CapacityReport report) {
    List<List<?>> rows = new ArrayList<>();
    CapacityData.deliveryTotals(report.spendByRole())
        .forEach((delivery, t) -> rows.add(List.of(Labels.delivery(delivery), t[0], t[1])));
    return new SheetTable(
        "Spend by delivery",
        List.of(
            SheetColumn.text("Delivery"),
            SheetColumn.of("Hours", CellKind.DECIMAL),
            SheetColumn.of("Spend", CellKind.MONEY)),
        rows);
  }

  private static SheetTable byRole(CapacityReport report) {
    List<List<?>> rows =
        report.spendByRole().stream()
            .<List<?>>map(s -> List.of(Labels.role(s.jobRole()), s.people(), s.hours(), s.cost()))
            .collect(Collectors.toList());
    return new SheetTable(
        "Spend by job role",
        List.of(
            SheetColumn.text("Job role"),
            SheetColumn.of("People", CellKind.WHOLE),
            SheetColumn.of("Hours", CellKind.DECIMAL),
            SheetColumn.of("Spend", CellKind.MONEY)),
        rows);
  }

  private SheetTable holdings(CapacityReport report) {
    List<String> roles =
        report.holdings().stream()
            .flatMap(h -> h.byRole().keySet().stream())
            .distinct()
            .sorted()
            .toList();
    List<SheetColumn> columns =
        new ArrayList<>(
            List.of(
                SheetColumn.text("Competence"),
                SheetColumn.text("Statement"),
                SheetColumn.text("Level"),
                SheetColumn.of("Holders", CellKind.WHOLE),
                SheetColumn.of("FTE", CellKind.DECIMAL)));
    roles.forEach(r -> columns.add(SheetColumn.of(Labels.role(r), CellKind.WHOLE)));
    List<List<?>> rows =
        report.holdings().stream()
            .sorted(
                Comparator.comparing(
                        (CapacityReport.Holding h) -> a.competence(h.competenceId()).code())
                    .thenComparingInt(CapacityReport.Holding::level))
            .<List<?>>map(
                h -> {
                  CompetenceRef c = a.competence(h.competenceId());
                  List<Object> row =
                      new ArrayList<>(
                          List.of(
                              c.code(),
                              c.statement(),
                              c.levelName(h.level()),
                              h.holders(),
                              h.fte()));
                  Map<String, Integer> byRole = h.byRole();
                  roles.forEach(r -> row.add(byRole.getOrDefault(r, 0)));
                  return row;
                })
            .collect(Collectors.toList());
    return new SheetTable("Holdings", columns, rows);
  }

  /** The row, after the school's name when the report covers the trust. */
  private List<?> schooled(long schoolId, Object... cells) {
    if (schoolName == null) {
      return Arrays.asList(cells);
    }
    List<Object> row = new ArrayList<>();
    row.add(schoolName.apply(schoolId));
    row.addAll(Arrays.asList(cells));
    return row;
  }

  private SheetTable table(String name, List<List<?>> rows, SheetColumn... columns) {
    List<SheetColumn> all = new ArrayList<>();
    if (schoolName != null) {
      all.add(SheetColumn.text("School"));
    }
    all.addAll(Arrays.asList(columns));
    return new SheetTable(name, all, rows);
  }

  private String name(long staffId) {
    var p = a.person(staffId);
    return p == null ? "#" + staffId : p.name();
  }
}
