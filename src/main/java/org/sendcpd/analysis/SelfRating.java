package org.sendcpd.analysis;

import java.time.LocalDate;

/**
 * A person's own rating of their confidence in one competence on a day, 1 (not yet) to 4 (enough to
 * help others). It never counts as held: the engine only sets it beside what is held.
 */
public record SelfRating(long staffId, long competenceId, int confidence, LocalDate assessedOn) {

  /** 3 and 4 mean the person feels confident; 1 and 2 that they do not yet. */
  public boolean confident() {
    return confidence >= 3;
  }
}
