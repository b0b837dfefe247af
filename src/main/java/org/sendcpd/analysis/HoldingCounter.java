package org.sendcpd.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holders per competence x level: a person holding level 3 counts at levels 1, 2 and 3 ("that level
 * or above"). Every competence of the workforce gets a row for each level of its ladder (1 when it
 * has none), with 0 holders where nobody holds it, so a matrix shows empty cells as well.
 */
final class HoldingCounter {

  private HoldingCounter() {}

  private static final class Tally {
    int holders;
    double fte;
    final Map<String, Integer> byRole = new HashMap<>();
    final Map<Long, Integer> bySchool = new HashMap<>();

    void add(Person p) {
      holders++;
      fte += p.fte();
      byRole.merge(String.valueOf(p.jobRole()), 1, Integer::sum);
      bySchool.merge(p.schoolId(), 1, Integer::sum);
    }
  }

  /** held: in-post person -> competence -> held level (only levels above 0). */
  static List<CapacityReport.Holding> count(
      WorkforceIndex index, List<Person> people, Map<Long, Map<Long, Integer>> held) {
    Map<Long, List<Tally>> tallies = new HashMap<>();
    for (CompetenceRef c : index.competences) {
      ensure(tallies, c.id(), Math.max(1, c.levelNames() == null ? 0 : c.levelNames().size()));
    }
    for (Person p : people) {
      for (Map.Entry<Long, Integer> h : held.getOrDefault(p.id(), Map.of()).entrySet()) {
        List<Tally> levels = ensure(tallies, h.getKey(), h.getValue());
        for (int level = 1; level <= h.getValue(); level++) {
          levels.get(level - 1).add(p);
        }
      }
    }
    List<Long> ordered = new ArrayList<>(tallies.keySet());
    ordered.sort(index.competenceOrder());
    List<CapacityReport.Holding> rows = new ArrayList<>();
    for (Long competenceId : ordered) {
      List<Tally> levels = tallies.get(competenceId);
      for (int level = 1; level <= levels.size(); level++) {
        Tally t = levels.get(level - 1);
        rows.add(
            new CapacityReport.Holding(
                competenceId,
                level,
                t.holders,
                WorkforceIndex.round2(t.fte),
                Collections.unmodifiableMap(new TreeMap<>(t.byRole)),
                Collections.unmodifiableMap(new TreeMap<>(t.bySchool))));
      }
    }
    return rows;
  }

  private static List<Tally> ensure(Map<Long, List<Tally>> tallies, long competenceId, int levels) {
    List<Tally> list = tallies.computeIfAbsent(competenceId, k -> new ArrayList<>());
    while (list.size() < levels) {
      list.add(new Tally());
    }
    return list;
  }
}
