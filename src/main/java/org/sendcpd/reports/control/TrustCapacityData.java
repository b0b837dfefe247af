package org.sendcpd.reports.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.analysis.SchoolComparison;
import org.sendcpd.gaps.control.TrustOverview;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * The capacity report over the whole trust: first the schools side by side with the trust's totals
 * (section "school"), then the sections of {@link CapacityData} over every school's people, each
 * row that belongs to one school named by it (the field "school").
 */
public final class TrustCapacityData {

  private TrustCapacityData() {}

  public static ReportData of(
      SchoolAnalysis trust, TrustOverview.Overview overview, ReportHeader header) {
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
    return new ReportData(capacity.template(), parameters, rows, Map.of(), capacity.csv());
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
