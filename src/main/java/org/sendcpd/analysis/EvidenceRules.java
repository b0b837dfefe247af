package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * When a piece of evidence counts on a reference date: valid in its {@link HeldPeriod}. Only
 * VERIFIED evidence is ever held; valid PENDING evidence (self-logged, awaiting verification) can
 * only make a gap pending.
 */
final class EvidenceRules {

  private EvidenceRules() {}

  static boolean validOn(Evidence e, LocalDate date) {
    return HeldPeriod.validOn(e.completedOn(), e.expiresOn(), date);
  }

  /** Verified and valid on the date: the person holds this level. */
  static boolean heldOn(Evidence e, LocalDate date) {
    return e.status() == Evidence.Status.VERIFIED && validOn(e, date);
  }

  /** Self-logged, awaiting verification, and would be valid on the date if verified. */
  static boolean pendingOn(Evidence e, LocalDate date) {
    return e.status() == Evidence.Status.PENDING && validOn(e, date);
  }

  /** The highest level held on the date, 0 when none. */
  static int heldLevel(List<Evidence> evidence, LocalDate date) {
    int held = 0;
    for (Evidence e : evidence) {
      if (e.level() > held && heldOn(e, date)) {
        held = e.level();
      }
    }
    return held;
  }

  /** Whether the level (or a higher one) is held on the date. */
  static boolean holds(List<Evidence> evidence, int level, LocalDate date) {
    for (Evidence e : evidence) {
      if (e.level() >= level && heldOn(e, date)) {
        return true;
      }
    }
    return false;
  }
}
