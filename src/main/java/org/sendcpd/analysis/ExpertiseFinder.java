package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds a competence at a level or above on a date, wherever they work, so that one school can
 * ask another for support. Only people in post count, and only verified evidence valid on the date
 * (the same rule as the gap matrix). The level shown is the highest held; the expiry is the last
 * day of the longest-lasting held evidence at the asked level or above, null when one of them never
 * lapses. Highest level first, then by school and name ({@link HolderTable}).
 */
public final class ExpertiseFinder {

  /** One holder: the level they hold and when it lapses (null: it does not). */
  public record Expert(long staffId, long schoolId, int level, LocalDate expiresOn) {}

  private final WorkforceIndex index;

  public ExpertiseFinder(Workforce workforce) {
    this(new WorkforceIndex(workforce));
  }

  ExpertiseFinder(WorkforceIndex index) {
    this.index = index;
  }

  public List<Expert> holders(long competenceId, int minLevel, LocalDate date) {
    List<HolderTable.Held> held = new ArrayList<>();
    for (Person p : index.people) {
      HolderTable.Held h = held(p, competenceId, date);
      if (h != null) {
        held.add(h);
      }
    }
    return new HolderTable(Map.of(competenceId, held)).holders(competenceId, minLevel);
  }

  /**
   * Everything everyone in post holds on the date, small enough to keep for every school of a trust
   * and merge, where the evidence itself is not.
   */
  public HolderTable table(LocalDate date) {
    Map<Long, List<HolderTable.Held>> byCompetence = new HashMap<>();
    for (Person p : index.people) {
      for (Long competenceId : index.evidenceOf(p.id()).keySet()) {
        HolderTable.Held h = held(p, competenceId, date);
        if (h != null) {
          byCompetence.computeIfAbsent(competenceId, c -> new ArrayList<>()).add(h);
        }
      }
    }
    return new HolderTable(byCompetence);
  }

  private HolderTable.Held held(Person p, long competenceId, LocalDate date) {
    if (!p.inPostOn(date)) {
      return null;
    }
    List<Evidence> evidence = index.evidenceOf(p.id(), competenceId);
    int level = EvidenceRules.heldLevel(evidence, date);
    if (level <= 0) {
      return null;
    }
    List<LocalDate> lastsUntil = new ArrayList<>(level);
    for (int min = 1; min <= level; min++) {
      lastsUntil.add(lastsUntil(evidence, min, date));
    }
    return new HolderTable.Held(p.id(), p.schoolId(), p.name(), level, lastsUntil);
  }

  private static LocalDate lastsUntil(List<Evidence> evidence, int minLevel, LocalDate date) {
    LocalDate latest = null;
    for (Evidence e : evidence) {
      if (e.level() >= minLevel && EvidenceRules.heldOn(e, date)) {
        if (e.expiresOn() == null) {
          return null;
        }
        if (latest == null || e.expiresOn().isAfter(latest)) {
          latest = e.expiresOn();
        }
      }
    }
    return latest;
  }
}
