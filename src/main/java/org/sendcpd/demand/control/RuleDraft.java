package org.sendcpd.demand.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A coverage rule as a person or a script writes it, before it is checked: the competence by code
 * and the level by rank on that competence's ladder. {@code active} null keeps what is there (and a
 * new rule is active). Days empty: any day.
 */
public record RuleDraft(
    String name,
    String competenceCode,
    Integer level,
    Integer minHolders,
    String scope,
    LocalDate from,
    LocalDate to,
    Boolean active,
    Set<DayOfWeek> days)
    implements Serializable {

  /** A rule for any day. */
  public RuleDraft(
      String name,
      String competenceCode,
      Integer level,
      Integer minHolders,
      String scope,
      LocalDate from,
      LocalDate to,
      Boolean active) {
    this(name, competenceCode, level, minHolders, scope, from, to, active, Set.of());
  }
}
