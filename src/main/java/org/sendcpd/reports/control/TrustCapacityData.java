package org.sendcpd.reports.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.analysis.SchoolComparison;
import org.sendcpd.gaps.control.TrustOverview;
import org.sendcpd.workforce.control.TrustAnalysis;

/**
 * The capacity report over the whole trust: first the schools side by side with the trust's totals
 * (section "school"), then the sections of {@link CapacityData} over every school's people, each
 * row that belongs to one school named by it (the field "school").
 */
public final class TrustCapacityData {

  private TrustCapacityData() {}

  public static ReportData of(
      TrustAnalysis trust, TrustOverview.Overview overview, ReportHeader header) {
    ReportData capacity = CapacityData.of(trust, header);
    Map<Long, String> names = new HashMap<>();
    List<Map<String, ?>> rows = new ArrayList<>();
    for (TrustOverview.SchoolRow school : overview.schools()) {
      names.put(school.schoolId(), school.name());
      rows.add(school(school.name(), school.figures()));
    }
    rows.add(school("Trust", overview.total()));
    for (Map<String, ?> row : capacity.rows()) {
      Map<String, Object> named = new LinkedHashMap<>(row);
      if (row.get("schoolId") instanceof Long id) {
        named.put("school", names.get(id));
      }
      rows.add(named);
    }
    Map<String, Object> parameters = new HashMap<>(capacity.parameters());
    parameters.put("SCHOOLS", overview.schools().size());
    List<SheetTable> tables = new ArrayList<>();
    tables.add(schools(overview));
    tables.addAll(CapacityData.book(trust, header, names::get).tables());
    SheetBook book =
        new SheetBook("Capacity of the trust", header, tables, capacity.book().facts())
            .with("Schools", overview.schools().size());
    return new ReportData(capacity.template(), parameters, rows, Map.of(), capacity.csv(), book);
  }

  /** The schools side by side and the trust's totals, the share of required cells met as 0%. */
  private static SheetTable schools(TrustOverview.Overview overview) {
    List<List<?>> rows = new ArrayList<>();
    overview.schools().forEach(s -> rows.add(figures(s.name(), s.figures())));
    rows.add(figures("Trust", overview.total()));
    return new SheetTable(
        "Schools",
        List.of(
            SheetColumn.text("School"),
            SheetColumn.of("Staff", CellKind.WHOLE),
            SheetColumn.of("FTE", CellKind.DECIMAL),
            SheetColumn.of("Gap cells", CellKind.WHOLE),
            SheetColumn.of("Required cells met", CellKind.PERCENT),
            SheetColumn.of("Single points of failure", CellKind.WHOLE),
            SheetColumn.of("Rules breached now", CellKind.WHOLE),
            SheetColumn.of("Rules breached ahead", CellKind.WHOLE),
            SheetColumn.of("Lapses", CellKind.WHOLE),
            SheetColumn.of("CPD hours", CellKind.DECIMAL),
            SheetColumn.of("CPD spend", CellKind.MONEY)),
        rows);
  }

  private static List<?> figures(String name, SchoolComparison.Figures f) {
    return List.of(
        name,
        f.staff(),
        f.fte(),
        f.gapCells(),
        f.requiredCells() == 0 ? 1.0 : (double) f.metCells() / f.requiredCells(),
        f.singlePoints(),
        f.breachedNow(),
        f.breachedAhead(),
        f.lapses(),
        f.cpdHours(),
        f.cpdSpend());
  }

  private static Map<String, ?> school(String name, SchoolComparison.Figures f) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("section", "school");
    row.put("name", name);
    row.put("holders", f.staff());
    row.put("fte", f.fte());
    row.put("gaps", f.gapCells());
    row.put("met", f.metPercent() + "%");
    row.put("spofs", f.singlePoints());
    row.put("now", f.breachedNow());
    row.put("ahead", f.breachedAhead());
    row.put("lapses", f.lapses());
    row.put("hours", f.cpdHours());
    row.put("cost", f.cpdSpend());
    return row;
  }
}
