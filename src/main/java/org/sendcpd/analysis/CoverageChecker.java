package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the schools' coverage rules on a reference date. A rule whose scope names a group adults
 * are deployed to is counted day by day by {@link DeployedRuleChecker}; for the others the people
 * in scope are chosen by {@link RuleScope}; a holder is an in-scope person in post on a day who
 * holds the rule's competence at its level or above on that day. A rule is active on the days its
 * validFrom / validTo (each optional, both inclusive) include.
 *
 * <ul>
 *   <li>Breached now: active on the date with fewer holders than the minimum (TOO_FEW_HOLDERS).
 *   <li>Breach ahead: otherwise the first day in (date, date + window] on which the rule is active
 *       and the holders fall below the minimum. The cause is the holder lost that day: one who
 *       leaves (their leftDate) is HOLDER_LEAVES, one whose last qualifying evidence expires (the
 *       expiry day) is CERTIFICATE_LAPSES, with that person as causeStaffId (the lowest id when
 *       several go on one day, a leaver before a lapse). A rule that becomes active within the
 *       window already short on its first day breaches then with TOO_FEW_HOLDERS and no person.
 *   <li>People starting within the window, and evidence dated within it, count from their start or
 *       completion day, so a starter who already holds the competence (or a renewal dated ahead)
 *       can put off a breach; they are never among today's holderIds.
 * </ul>
 */
public class CoverageChecker {

  private final WorkforceIndex index;

  public CoverageChecker(Workforce workforce) {
    this(new WorkforceIndex(workforce));
  }

  CoverageChecker(WorkforceIndex index) {
    this.index = index;
  }

  /** Every rule of every school, by school id then in the workforce's order. */
  public List<RuleCheck> check(LocalDate date, int windowDays) {
    List<RuleCheck> checks = new ArrayList<>();
    for (List<CoverageRuleDef> rules : index.rulesBySchool.values()) {
      for (CoverageRuleDef rule : rules) {
        checks.add(check(rule, date, windowDays));
      }
    }
    return checks;
  }

  /** The rules of one school. */
  public List<RuleCheck> check(long schoolId, LocalDate date, int windowDays) {
    List<RuleCheck> checks = new ArrayList<>();
    for (CoverageRuleDef rule : index.rulesBySchool.getOrDefault(schoolId, List.of())) {
      checks.add(check(rule, date, windowDays));
    }
    return checks;
  }

  /** One rule, which need not be in the workforce (e.g. a rule being edited). */
  public RuleCheck check(CoverageRuleDef rule, LocalDate date, int windowDays) {
    Set<String> deployedGroups = DeployedRuleChecker.namedGroups(index, rule);
    if (!deployedGroups.isEmpty()) {
      return new DeployedRuleChecker(index, rule, deployedGroups).check(date, windowDays);
    }
    List<Candidate> candidates = candidates(rule);
    boolean active = activeOn(rule, date);
    List<Long> holders = holdersOn(candidates, date);
    boolean breachedNow = active && holders.size() < rule.minHolders();
    Breach breach =
        breachedNow
            ? new Breach(date, RuleCheck.BreachCause.TOO_FEW_HOLDERS, null)
            : firstBreachAhead(rule, candidates, date, date.plusDays(windowDays));
    return new RuleCheck(
        rule.id(),
        rule.schoolId(),
        rule.name(),
        rule.competenceId(),
        rule.level(),
        rule.minHolders(),
        active,
        List.copyOf(holders),
        breachedNow,
        breach == null ? null : breach.date(),
        breach == null ? null : breach.cause(),
        breach == null ? null : breach.staffId());
  }

  static boolean activeOn(CoverageRuleDef rule, LocalDate date) {
    return (rule.validFrom() == null || !rule.validFrom().isAfter(date))
        && (rule.validTo() == null || !rule.validTo().isBefore(date));
  }

  private record Breach(LocalDate date, RuleCheck.BreachCause cause, Long staffId) {}

  /** An in-scope person with the verified evidence that could make them a holder on some day. */
  private record Candidate(Person person, List<Evidence> qualifying) {

    boolean holdsOn(LocalDate day) {
      if (!person.inPostOn(day)) {
        return false;
      }
      for (Evidence e : qualifying) {
        if (EvidenceRules.heldOn(e, day)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Between the days on which a holder can be lost (an expiry, a leaving date) or the rule starts,
   * nothing can newly break it, so only those days are checked.
   */
  private Breach firstBreachAhead(
      CoverageRuleDef rule, List<Candidate> candidates, LocalDate date, LocalDate horizon) {
    for (LocalDate day : lossDays(rule, candidates, date, horizon)) {
      if (activeOn(rule, day) && holdersOn(candidates, day).size() < rule.minHolders()) {
        return causeOn(candidates, day);
      }
    }
    return null;
  }

  private static Breach causeOn(List<Candidate> candidates, LocalDate day) {
    Candidate lapsed = null;
    for (Candidate c : candidates) {
      if (c.holdsOn(day.minusDays(1)) && !c.holdsOn(day)) {
        if (day.equals(c.person().leftDate())) {
          return new Breach(day, RuleCheck.BreachCause.HOLDER_LEAVES, c.person().id());
        }
        if (lapsed == null) {
          lapsed = c;
        }
      }
    }
    return lapsed == null
        ? new Breach(day, RuleCheck.BreachCause.TOO_FEW_HOLDERS, null)
        : new Breach(day, RuleCheck.BreachCause.CERTIFICATE_LAPSES, lapsed.person().id());
  }

  private static TreeSet<LocalDate> lossDays(
      CoverageRuleDef rule, List<Candidate> candidates, LocalDate date, LocalDate horizon) {
    TreeSet<LocalDate> days = new TreeSet<>();
    addDay(days, rule.validFrom(), date, horizon);
    for (Candidate c : candidates) {
      addDay(days, c.person().leftDate(), date, horizon);
      for (Evidence e : c.qualifying()) {
        addDay(days, e.expiresOn(), date, horizon);
      }
    }
    return days;
  }

  private static void addDay(
      TreeSet<LocalDate> days, LocalDate day, LocalDate date, LocalDate horizon) {
    if (day != null && day.isAfter(date) && !day.isAfter(horizon)) {
      days.add(day);
    }
  }

  /** In-scope people (sorted by id) with verified evidence at the rule's level or above. */
  private List<Candidate> candidates(CoverageRuleDef rule) {
    List<Candidate> candidates = new ArrayList<>();
    for (Person p : RuleScope.inScope(rule.scope(), index.peopleOfSchool(rule.schoolId()))) {
      List<Evidence> qualifying = new ArrayList<>();
      for (Evidence e : index.evidenceOf(p.id(), rule.competenceId())) {
        if (e.status() == Evidence.Status.VERIFIED && e.level() >= rule.level()) {
          qualifying.add(e);
        }
      }
      if (!qualifying.isEmpty()) {
        candidates.add(new Candidate(p, qualifying));
      }
    }
    candidates.sort(Comparator.comparingLong(c -> c.person().id()));
    return candidates;
  }

  private static List<Long> holdersOn(List<Candidate> candidates, LocalDate day) {
    List<Long> holders = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.holdsOn(day)) {
        holders.add(c.person().id());
      }
    }
    return holders;
  }
}
