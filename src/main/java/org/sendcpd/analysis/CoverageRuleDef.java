package org.sendcpd.analysis;

import java.time.LocalDate;

/**
 * A minimum the school sets itself: at least minHolders adults in scope hold the competence at the
 * level or above, between validFrom and validTo when given. The scope is free text (a site, class,
 * year group or protocol code); adults are in scope when their team is named in it, and a scope
 * that names no team of the school (e.g. "Whole school") covers every adult.
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
    LocalDate validTo) {}
