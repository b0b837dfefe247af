package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The status of one person x competence on a reference date, given what is required and the
 * person's evidence for that competence.
 *
 * <ul>
 *   <li>{@link GapStatus#NOT_REQUIRED}: nothing is required (required 0); such a cell is only worth
 *       showing when something is held.
 *   <li>{@link GapStatus#MET}: held at or above the required level, and at least one verified piece
 *       giving that level is still valid after the window (it never expires, or expires after date
 *       + window).
 *   <li>{@link GapStatus#EXPIRING}: held now, but every verified piece giving the required level
 *       expires within the window (on or before date + window); heldUntil is the last day held, the
 *       day before the latest of those expiries. The SENCO has time to book a refresher.
 *   <li>{@link GapStatus#PENDING}: short now, but a self-logged piece valid on the date reaches the
 *       required level; verifying it closes the gap, so no training need be booked.
 *   <li>{@link GapStatus#GAP}: short now and nothing pending would close it.
 * </ul>
 *
 * levelsShort is required - held for GAP and PENDING (both are short today), else 0.
 */
final class GapRule {

  private GapRule() {}

  /** What is required of a person in one competence, and whether an objective set it. */
  record Requirement(int level, boolean fromObjective) {

    static Requirement of(int roleLevel, int objectiveLevel) {
      return new Requirement(Math.max(roleLevel, objectiveLevel), objectiveLevel > roleLevel);
    }
  }

  static GapCell cell(
      long staffId,
      long competenceId,
      Requirement requirement,
      List<Evidence> evidence,
      LocalDate date,
      int windowDays,
      boolean planned) {
    int required = requirement.level();
    int held = EvidenceRules.heldLevel(evidence, date);
    GapStatus status;
    LocalDate heldUntil = null;
    if (required <= 0) {
      status = GapStatus.NOT_REQUIRED;
    } else if (held >= required) {
      heldUntil = lastDayHeld(evidence, required, date, date.plusDays(windowDays));
      status = heldUntil == null ? GapStatus.MET : GapStatus.EXPIRING;
    } else {
      status = pendingMeets(evidence, required, date) ? GapStatus.PENDING : GapStatus.GAP;
    }
    int levelsShort = status == GapStatus.GAP || status == GapStatus.PENDING ? required - held : 0;
    return new GapCell(
        staffId,
        competenceId,
        Math.max(required, 0),
        held,
        status,
        levelsShort,
        heldUntil,
        requirement.fromObjective(),
        planned);
  }

  /**
   * The last day the required level is held when all qualifying verified evidence expires on or
   * before the horizon; null when some of it lasts beyond the horizon.
   */
  private static LocalDate lastDayHeld(
      List<Evidence> evidence, int required, LocalDate date, LocalDate horizon) {
    LocalDate latestExpiry = null;
    for (Evidence e : evidence) {
      if (e.level() >= required && EvidenceRules.heldOn(e, date)) {
        if (e.expiresOn() == null || e.expiresOn().isAfter(horizon)) {
          return null;
        }
        if (latestExpiry == null || e.expiresOn().isAfter(latestExpiry)) {
          latestExpiry = e.expiresOn();
        }
      }
    }
    return latestExpiry == null ? null : latestExpiry.minusDays(1);
  }

  private static boolean pendingMeets(List<Evidence> evidence, int required, LocalDate date) {
    for (Evidence e : evidence) {
      if (e.level() >= required && EvidenceRules.pendingOn(e, date)) {
        return true;
      }
    }
    return false;
  }
}
