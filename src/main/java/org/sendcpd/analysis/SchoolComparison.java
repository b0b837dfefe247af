package org.sendcpd.analysis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The schools of a trust side by side, from one analysis of the whole workforce: head count and FTE
 * in post; GAP cells and the people with at least one; the share of required cells met (MET or
 * EXPIRING: held at the required level on the date, PENDING and GAP are not); single points of
 * failure; coverage rules breached now and (only) ahead; lapses in the window; CPD hours and spend
 * in the academic year up to the date. Every school with people, pupil needs or rules has a row, in
 * id order, and the trust's totals sum the rows (the share is recounted over all cells).
 */
public final class SchoolComparison {

  /** One school's figures; schoolId is null in the trust's totals. */
  public record Figures(
      Long schoolId,
      int staff,
      double fte,
      int gapCells,
      int peopleWithGaps,
      int requiredCells,
      int metCells,
      int singlePoints,
      int breachedNow,
      int breachedAhead,
      int lapses,
      double cpdHours,
      double cpdSpend)
      implements Serializable {

    /** Met cells as a whole percentage of required cells; 100 when nothing is required. */
    public int metPercent() {
      return requiredCells == 0 ? 100 : (int) Math.floor(100.0 * metCells / requiredCells);
    }
  }

  private SchoolComparison() {}

  private static final class Tally {
    final Set<Long> people = new HashSet<>();
    final Set<Long> withGaps = new HashSet<>();
    double fte;
    int gapCells;
    int requiredCells;
    int metCells;
    int singlePoints;
    int breachedNow;
    int breachedAhead;
    int lapses;
    double hours;
    double spend;

    Figures figures(Long schoolId) {
      return new Figures(
          schoolId,
          people.size(),
          WorkforceIndex.round2(fte),
          gapCells,
          withGaps.size(),
          requiredCells,
          metCells,
          singlePoints,
          breachedNow,
          breachedAhead,
          lapses,
          WorkforceIndex.round2(hours),
          WorkforceIndex.round2(spend));
    }
  }

  /** One row per school; the analyses must be of this workforce on the same date. */
  public static List<Figures> bySchool(
      Workforce workforce, GapReport gaps, CapacityReport capacity, List<RuleCheck> rules) {
    return bySchool(new WorkforceIndex(workforce), gaps, capacity, rules);
  }

  static List<Figures> bySchool(
      WorkforceIndex index, GapReport gaps, CapacityReport capacity, List<RuleCheck> rules) {
    Map<Long, Tally> tallies = new HashMap<>();
    TreeSet<Long> schools = new TreeSet<>(index.peopleBySchool.keySet());
    schools.addAll(index.needsBySchool.keySet());
    schools.addAll(index.rulesBySchool.keySet());
    schools.forEach(id -> tallies.put(id, new Tally()));
    for (Person p : index.people) {
      if (p.inPostOn(capacity.date())) {
        Tally t = tallies.get(p.schoolId());
        t.people.add(p.id());
        t.fte += p.fte();
      }
    }
    for (GapCell cell : gaps.cells()) {
      Tally t = tallies.get(index.personById.get(cell.staffId()).schoolId());
      if (cell.status() == GapStatus.NOT_REQUIRED) {
        continue;
      }
      t.requiredCells++;
      if (cell.status() == GapStatus.MET || cell.status() == GapStatus.EXPIRING) {
        t.metCells++;
      } else if (cell.status() == GapStatus.GAP) {
        t.gapCells++;
        t.withGaps.add(cell.staffId());
      }
    }
    capacity.singlePoints().forEach(p -> tallies.get(p.schoolId()).singlePoints++);
    for (RuleCheck r : rules) {
      Tally t = tallies.get(r.schoolId());
      if (r.breachedNow()) {
        t.breachedNow++;
      } else if (r.breachDate() != null) {
        t.breachedAhead++;
      }
    }
    capacity.lapses().forEach(l -> tallies.get(schoolOf(index, l.staffId())).lapses++);
    for (CapacityReport.Spend s : capacity.spend()) {
      Tally t = tallies.get(schoolOf(index, s.staffId()));
      t.hours += s.hours();
      t.spend += s.cost();
    }
    List<Figures> rows = new ArrayList<>();
    schools.forEach(id -> rows.add(tallies.get(id).figures(id)));
    return rows;
  }

  /** A school with nobody, no needs and no rules yet. */
  public static Figures none(long schoolId) {
    return new Figures(schoolId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** The trust's totals over the schools' rows. */
  public static Figures total(List<Figures> rows) {
    return new Figures(
        null,
        sum(rows, Figures::staff),
        WorkforceIndex.round2(rows.stream().mapToDouble(Figures::fte).sum()),
        sum(rows, Figures::gapCells),
        sum(rows, Figures::peopleWithGaps),
        sum(rows, Figures::requiredCells),
        sum(rows, Figures::metCells),
        sum(rows, Figures::singlePoints),
        sum(rows, Figures::breachedNow),
        sum(rows, Figures::breachedAhead),
        sum(rows, Figures::lapses),
        WorkforceIndex.round2(rows.stream().mapToDouble(Figures::cpdHours).sum()),
        WorkforceIndex.round2(rows.stream().mapToDouble(Figures::cpdSpend).sum()));
  }

  private static int sum(List<Figures> rows, ToIntFunction<Figures> figure) {
    return rows.stream().mapToInt(figure).sum();
  }

  private static long schoolOf(WorkforceIndex index, long staffId) {
    return index.personById.get(staffId).schoolId();
  }
}
