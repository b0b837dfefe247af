package org.sendcpd.gaps.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * Turns a school's analysis into the dashboard's figures. Every number is read from the engine's
 * reports for the reference date; nothing here counts records of its own, so the dashboard agrees
 * with the matrix, the capacity screen and the analysis API.
 */
public final class DashboardCalculator {

  /** How many calendar months ahead the lapse chart reaches, the date's own month first. */
  public static final int LAPSE_MONTHS = 12;

  /** The delivery types in the order the chart shows them; others follow in name order. */
  public static final List<String> DELIVERY_ORDER =
      List.of("IN_HOUSE", "SPECIALIST_EXTERNAL", "ONLINE");

  /** The top tier counted: a higher level of a longer ladder counts as specialist. */
  static final int SPECIALIST = 3;

  private DashboardCalculator() {}

  /**
   * The figures for the date of {@code today}; {@code monthEnds} are the analyses of the school on
   * each of {@link #monthEnds(LocalDate)}, oldest first.
   */
  public static DashboardFigures figures(SchoolAnalysis today, List<SchoolAnalysis> monthEnds) {
    List<DashboardFigures.DateCount> series = new ArrayList<>();
    monthEnds.forEach(a -> series.add(new DashboardFigures.DateCount(a.date(), openGaps(a))));
    series.add(new DashboardFigures.DateCount(today.date(), openGaps(today)));
    CapacityReport capacity = today.capacity();
    return new DashboardFigures(
        today.schoolId(),
        today.date(),
        tiles(today),
        coverage(today),
        lapsesByMonth(today),
        capacity.spendByRole().stream()
            .map(r -> new DashboardFigures.Spend(r.jobRole(), r.people(), r.hours(), r.cost()))
            .toList(),
        spendByDelivery(capacity),
        List.copyOf(series));
  }

  /** The last day of each month from September of the date's academic year, before the date. */
  public static List<LocalDate> monthEnds(LocalDate date) {
    int year = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    List<LocalDate> ends = new ArrayList<>();
    for (YearMonth m = YearMonth.of(year, 9);
        m.atEndOfMonth().isBefore(date);
        m = m.plusMonths(1)) {
      ends.add(m.atEndOfMonth());
    }
    return ends;
  }

  static DashboardFigures.Tiles tiles(SchoolAnalysis a) {
    List<GapCell> cells = a.gaps().cells();
    CapacityReport capacity = a.capacity();
    List<RuleCheck> rules = a.rules();
    return new DashboardFigures.Tiles(
        capacity.spend().size(),
        (int) cells.stream().filter(c -> c.status() != GapStatus.NOT_REQUIRED).count(),
        (int)
            cells.stream()
                .filter(c -> c.status() == GapStatus.MET || c.status() == GapStatus.EXPIRING)
                .count(),
        openGaps(a),
        capacity.singlePoints().size(),
        (int) rules.stream().filter(RuleCheck::breachedNow).count(),
        (int) rules.stream().filter(r -> !r.breachedNow() && r.breachDate() != null).count(),
        certificates(capacity.lapses()),
        a.windowDays());
  }

  /** Lapses are listed per competence a certificate evidences; people count certificates. */
  static int certificates(List<CapacityReport.Lapse> lapses) {
    return (int) lapses.stream().map(CapacityReport.Lapse::recordId).distinct().count();
  }

  static int openGaps(SchoolAnalysis a) {
    return (int) a.gaps().cells().stream().filter(c -> c.status() == GapStatus.GAP).count();
  }

  /**
   * Per area of need (in the order of coverage against demand), each adult in post once, at the
   * highest level they hold in any competence of that area.
   */
  static List<DashboardFigures.AreaTiers> coverage(SchoolAnalysis a) {
    Map<String, Map<Long, Integer>> highest = new HashMap<>();
    for (GapCell cell : a.gaps().cells()) {
      CompetenceRef c = a.competence(cell.competenceId());
      if (cell.held() > 0 && c != null && c.areaOfNeed() != null) {
        highest
            .computeIfAbsent(c.areaOfNeed(), k -> new HashMap<>())
            .merge(cell.staffId(), Math.min(cell.held(), SPECIALIST), Math::max);
      }
    }
    List<DashboardFigures.AreaTiers> rows = new ArrayList<>();
    for (CapacityReport.DemandCoverage area : a.capacity().coverage()) {
      int[] tiers = new int[SPECIALIST + 1];
      highest.getOrDefault(area.areaOfNeed(), Map.of()).values().forEach(level -> tiers[level]++);
      rows.add(new DashboardFigures.AreaTiers(area.areaOfNeed(), tiers[1], tiers[2], tiers[3]));
    }
    return rows;
  }

  /**
   * Held evidence lapsing in each month, from the day after the date to the twelfth month's end.
   */
  static List<DashboardFigures.MonthCount> lapsesByMonth(SchoolAnalysis a) {
    YearMonth first = YearMonth.from(a.date());
    LocalDate horizon = first.plusMonths(LAPSE_MONTHS - 1L).atEndOfMonth();
    int days = (int) ChronoUnit.DAYS.between(a.date(), horizon);
    Map<YearMonth, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < LAPSE_MONTHS; i++) {
      counts.put(first.plusMonths(i), 0);
    }
    a.capacityOver(days).lapses().stream()
        .collect(
            Collectors.groupingBy(
                l -> YearMonth.from(l.expiresOn()),
                Collectors.mapping(CapacityReport.Lapse::recordId, Collectors.toSet())))
        .forEach((month, records) -> counts.merge(month, records.size(), Integer::sum));
    return counts.entrySet().stream()
        .map(e -> new DashboardFigures.MonthCount(e.getKey(), e.getValue()))
        .toList();
  }

  /** Hours and spend per delivery type, summed over people; people = those with some of it. */
  static List<DashboardFigures.Spend> spendByDelivery(CapacityReport capacity) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    DELIVERY_ORDER.forEach(d -> sums.put(d, new double[3]));
    capacity.spend().stream()
        .flatMap(s -> s.hoursByDelivery().keySet().stream())
        .distinct()
        .sorted()
        .forEach(d -> sums.putIfAbsent(d, new double[3]));
    for (CapacityReport.Spend s : capacity.spend()) {
      sums.forEach(
          (delivery, sum) -> {
            double hours = s.hoursByDelivery().getOrDefault(delivery, 0.0);
            double cost = s.costByDelivery().getOrDefault(delivery, 0.0);
            if (hours > 0 || cost > 0) {
              sum[0]++;
              sum[1] += hours;
              sum[2] += cost;
            }
          });
    }
    return sums.entrySet().stream()
        .map(
            e ->
                new DashboardFigures.Spend(
                    e.getKey(),
                    (int) e.getValue()[0],
                    round2(e.getValue()[1]),
                    round2(e.getValue()[2])))
        .toList();
  }

  private static double round2(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
