package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A minimum the school sets itself: at least minHolders adults in scope hold the competence at the
 * level or above, between validFrom and validTo when given. The scope is free text (a site, class,
 * year group or protocol code). When it names a group adults are deployed to, the rule counts the
 * adults deployed there on each of its days (none given: every school day); otherwise adults are in
 * scope when their team is named in it, and a scope that names no team of the school (e.g. "Whole
 * school") covers every adult.
 */
public record CoverageRuleDef(
    long id,
    long schoolId,
    String name,
    long competenceId,
    int level,
    int minHolders,
    String scope,
    LocalDate validFrom,
    LocalDate validTo,
    Set<DayOfWeek> days) {

  /** A rule for any day. */
  public CoverageRuleDef(
      long id,
      long schoolId,
      String name,
      long competenceId,
      int level,
      int minHolders,
      String scope,
      LocalDate validFrom,
      LocalDate validTo) {
    this(id, schoolId, name, competenceId, level, minHolders, scope, validFrom, validTo, Set.of());
  }
}
