package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trust's capacity from its schools' own, each worked out from that school's rows alone: what is
 * per school (single points, coverage, groups) is listed school after school, what is per person
 * (lapses, spend) too, and the holdings are added up. The same figures as one analysis of every
 * school's rows together, since nothing in capacity crosses schools, without holding them all.
 */
public final class CapacityMerge {

  private record Key(long competenceId, int level) {}

  private CapacityMerge() {}

  /** The schools' capacity on the same date and window, in the order of their ids. */
  public static CapacityReport of(LocalDate date, int windowDays, List<CapacityReport> schools) {
    List<CapacityReport.SinglePoint> singlePoints = new ArrayList<>();
    List<CapacityReport.DemandCoverage> coverage = new ArrayList<>();
    List<CapacityReport.Lapse> lapses = new ArrayList<>();
    List<CapacityReport.Spend> spend = new ArrayList<>();
    List<CapacityReport.GroupCover> byGroup = new ArrayList<>();
    for (CapacityReport school : schools) {
      singlePoints.addAll(school.singlePoints());
      coverage.addAll(school.coverage());
      lapses.addAll(school.lapses());
      spend.addAll(school.spend());
      byGroup.addAll(school.byGroup());
    }
    lapses.sort(CapacityAnalyser.SOONEST_FIRST);
    return new CapacityReport(
        date,
        windowDays,
        holdings(schools),
        List.copyOf(singlePoints),
        List.copyOf(coverage),
        List.copyOf(lapses),
        List.copyOf(spend),
        SpendCounter.byRole(spend),
        List.copyOf(byGroup));
  }

  /** Every school lists every competence and level, in the frameworks' order: kept as it comes. */
  private static List<CapacityReport.Holding> holdings(List<CapacityReport> schools) {
    Map<Key, CapacityReport.Holding> sums = new LinkedHashMap<>();
    for (CapacityReport school : schools) {
      for (CapacityReport.Holding h : school.holdings()) {
        sums.merge(new Key(h.competenceId(), h.level()), h, CapacityMerge::add);
      }
    }
    return List.copyOf(sums.values());
  }

  private static CapacityReport.Holding add(CapacityReport.Holding a, CapacityReport.Holding b) {
    return new CapacityReport.Holding(
        a.competenceId(),
        a.level(),
        a.holders() + b.holders(),
        WorkforceIndex.round2(a.fte() + b.fte()),
        sum(a.byRole(), b.byRole()),
        sum(a.bySchool(), b.bySchool()));
  }

  private static <K> Map<K, Integer> sum(Map<K, Integer> a, Map<K, Integer> b) {
    Map<K, Integer> both = new TreeMap<>(a);
    b.forEach((k, v) -> both.merge(k, v, Integer::sum));
    return Collections.unmodifiableMap(both);
  }
}
