package org.sendcpd.deployment.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.Deployment;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * The school's week as groups x school days: in each cell the adults deployed there that day in the
 * pattern in force on the date, and the areas of need whose pupils have no adult at enhanced there
 * that day. Groups are those adults are deployed to and those with a need profile, by name.
 */
public final class WeekGrid {

  private WeekGrid() {}

  /** One adult in a cell. */
  public record Adult(long staffId, String name, String jobRole) implements Serializable {}

  /** One group and day: who is there, and the areas (by name) left without enhanced cover. */
  public record Cell(String dayCode, List<Adult> adults, List<String> gapAreas)
      implements Serializable {}

  public record Row(String group, List<Cell> cells) implements Serializable {}

  public static List<Row> of(SchoolAnalysis analysis) {
    LocalDate date = analysis.date();
    Map<String, String> names = new TreeMap<>();
    Map<String, Map<DayOfWeek, List<Adult>>> adults = new TreeMap<>();
    for (Deployment d : analysis.workforce().deployments()) {
      Person p = analysis.person(d.staffId());
      if (p == null || !p.inPostOn(date) || !d.activeOn(date)) {
        continue;
      }
      String key = SchoolDays.groupKey(d.group());
      names.putIfAbsent(key, d.group().strip());
      for (DayOfWeek day : d.days()) {
        List<Adult> cell =
            adults
                .computeIfAbsent(key, k -> new TreeMap<>())
                .computeIfAbsent(day, k -> new ArrayList<>());
        if (cell.stream().noneMatch(a -> a.staffId() == p.id())) {
          cell.add(new Adult(p.id(), p.name(), p.jobRole()));
        }
      }
    }
    Map<String, Map<DayOfWeek, List<String>>> gaps = new TreeMap<>();
    for (CapacityReport.GroupCover g : analysis.capacity().byGroup()) {
      String key = SchoolDays.groupKey(g.group());
      names.putIfAbsent(key, g.group());
      for (DayOfWeek day : g.gapDays()) {
        gaps.computeIfAbsent(key, k -> new TreeMap<>())
            .computeIfAbsent(day, k -> new ArrayList<>())
            .add(g.areaOfNeed());
      }
    }
    List<Row> rows = new ArrayList<>();
    names.forEach(
        (key, name) -> {
          List<Cell> cells = new ArrayList<>();
          for (DayOfWeek day : SchoolDays.WEEK) {
            List<Adult> there =
                new ArrayList<>(adults.getOrDefault(key, Map.of()).getOrDefault(day, List.of()));
            there.sort(Comparator.comparing(Adult::name));
            cells.add(
                new Cell(
                    SchoolDays.code(day),
                    List.copyOf(there),
                    List.copyOf(gaps.getOrDefault(key, Map.of()).getOrDefault(day, List.of()))));
          }
          rows.add(new Row(name, List.copyOf(cells)));
        });
    return rows;
  }

  /** The school days chosen on a form, as days. */
  public static Set<DayOfWeek> days(List<String> codes) {
    Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
    for (String code : codes) {
      DayOfWeek day = SchoolDays.parse(code);
      if (day != null) {
        days.add(day);
      }
    }
    return days;
  }
}
