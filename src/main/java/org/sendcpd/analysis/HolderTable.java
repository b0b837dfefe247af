package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds what on a date, by competence: one school's or, merged, a trust's. Ordered on asking:
 * highest level first, then by school, name and id.
 *
 * @param byCompetence per competence, the people in post who hold it at some level
 */
public record HolderTable(Map<Long, List<Held>> byCompetence) {

  private static final Comparator<Held> ORDER =
      Comparator.comparingInt(Held::level)
          .reversed()
          .thenComparingLong(Held::schoolId)
          .thenComparing(Held::name)
          .thenComparingLong(Held::staffId);

  /**
   * One person's holding of a competence.
   *
   * @param lastsUntil for each level from 1 to the level held, the last day of the longest-lasting
   *     evidence at that level or above (null where one of them never lapses)
   */
  public record Held(
      long staffId, long schoolId, String name, int level, List<LocalDate> lastsUntil) {}

  public static HolderTable merge(List<HolderTable> tables) {
    Map<Long, List<Held>> all = new HashMap<>();
    for (HolderTable table : tables) {
      table.byCompetence.forEach(
          (competence, held) ->
              all.computeIfAbsent(competence, c -> new ArrayList<>()).addAll(held));
    }
    return new HolderTable(all);
  }

  /** Who holds the competence at the level or above, with when that lapses. */
  public List<ExpertiseFinder.Expert> holders(long competenceId, int minLevel) {
    List<Held> found = new ArrayList<>();
    for (Held h : byCompetence.getOrDefault(competenceId, List.of())) {
      if (h.level() >= Math.max(1, minLevel)) {
        found.add(h);
      }
    }
    found.sort(ORDER);
    List<ExpertiseFinder.Expert> experts = new ArrayList<>(found.size());
    for (Held h : found) {
      experts.add(
          new ExpertiseFinder.Expert(
              h.staffId(), h.schoolId(), h.level(), h.lastsUntil().get(Math.max(1, minLevel) - 1)));
    }
    return Collections.unmodifiableList(experts);
  }
}
