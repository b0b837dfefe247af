package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who holds a competence at a level or above on a date, wherever they work, so that one school can
 * ask another for support. Only people in post count, and only verified evidence valid on the date
 * (the same rule as the gap matrix). The level shown is the highest held; the expiry is the last
 * day of the longest-lasting held evidence at the asked level or above, null when one of them never
 * lapses. Highest level first, then by school and name.
 */
public final class ExpertiseFinder {

  /** One holder: the level they hold and when it lapses (null: it does not). */
  public record Expert(long staffId, long schoolId, int level, LocalDate expiresOn) {}

  private final WorkforceIndex index;

  public ExpertiseFinder(Workforce workforce) {
    this.index = new WorkforceIndex(workforce);
  }

  public List<Expert> holders(long competenceId, int minLevel, LocalDate date) {
    List<Expert> experts = new ArrayList<>();
    for (Person p : index.people) {
      if (!p.inPostOn(date)) {
        continue;
      }
      List<Evidence> evidence = index.evidenceOf(p.id(), competenceId);
      int held = EvidenceRules.heldLevel(evidence, date);
      if (held > 0 && held >= minLevel) {
        experts.add(new Expert(p.id(), p.schoolId(), held, lastsUntil(evidence, minLevel, date)));
      }
    }
    experts.sort(
        Comparator.comparingInt(Expert::level)
            .reversed()
            .thenComparingLong(Expert::schoolId)
            .thenComparing(e -> index.personById.get(e.staffId()).name())
            .thenComparingLong(Expert::staffId));
    return experts;
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
