package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks the schools' coverage rules on a reference date. The people in scope are chosen by {@link
 * RuleScope}; a holder is an in-scope person in post on a day who holds the rule's competence at
 * its level or above on that day. A rule is active on the days its validFrom / validTo (each
 * optional, both inclusive) include.
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
 *       completion day, so a starter who already holds the competence can put off a breach; they
 *       are never among today's holderIds.
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
    List<Person> candidates = candidates(rule);
    boolean active = activeOn(rule, date);
    List<Long> holders = holdersOn(rule, candidates, date);
    LocalDate breachDate = null;
    RuleCheck.BreachCause cause = null;
    Long causeStaffId = null;
    boolean breachedNow = active && holders.size() < rule.minHolders();
    if (breachedNow) {
      breachDate = date;
      cause = RuleCheck.BreachCause.TOO_FEW_HOLDERS;
    } else {
      Breach ahead = firstBreachAhead(rule, candidates, holders, date, windowDays);
      if (ahead != null) {
        breachDate = ahead.date();
        cause = ahead.cause();
        causeStaffId = ahead.staffId();
      }
    }
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
        breachDate,
        cause,
        causeStaffId);
  }

  static boolean activeOn(CoverageRuleDef rule, LocalDate date) {
    return (rule.validFrom() == null || !rule.validFrom().isAfter(date))
        && (rule.validTo() == null || !rule.validTo().isBefore(date));
  }

  private record Breach(LocalDate date, RuleCheck.BreachCause cause, Long staffId) {}

  private Breach firstBreachAhead(
      CoverageRuleDef rule,
      List<Person> candidates,
      List<Long> holdersNow,
      LocalDate date,
      int windowDays) {
    List<Long> previous = holdersNow;
    for (LocalDate day : changeDays(rule, candidates, date, date.plusDays(windowDays))) {
      List<Long> holders = holdersOn(rule, candidates, day);
      if (activeOn(rule, day) && holders.size() < rule.minHolders()) {
        for (Long lost : previous) {
          if (!holders.contains(lost)) {
            Person p = index.personById.get(lost);
            boolean leaves = p != null && day.equals(p.leftDate());
            RuleCheck.BreachCause cause =
                leaves
                    ? RuleCheck.BreachCause.HOLDER_LEAVES
                    : RuleCheck.BreachCause.CERTIFICATE_LAPSES;
            return new Breach(day, cause, lost);
          }
        }
        return new Breach(day, RuleCheck.BreachCause.TOO_FEW_HOLDERS, null);
      }
      previous = holders;
    }
    return null;
  }

  /** The days in (date, horizon] on which the holders or the rule's activity can change. */
  private TreeSet<LocalDate> changeDays(
      CoverageRuleDef rule, List<Person> candidates, LocalDate date, LocalDate horizon) {
    TreeSet<LocalDate> days = new TreeSet<>();
    addDay(days, rule.validFrom());
    for (Person p : candidates) {
      addDay(days, p.startDate());
      addDay(days, p.leftDate());
      for (Evidence e : index.evidenceOf(p.id(), rule.competenceId())) {
        addDay(days, e.completedOn());
        addDay(days, e.expiresOn());
      }
    }
    return new TreeSet<>(days.subSet(date, false, horizon, true));
  }

  private static void addDay(TreeSet<LocalDate> days, LocalDate day) {
    if (day != null) {
      days.add(day);
    }
  }

  /** In-scope people with some verified evidence that could ever make them holders. */
  private List<Person> candidates(CoverageRuleDef rule) {
    List<Person> candidates = new ArrayList<>();
    for (Person p : RuleScope.inScope(rule.scope(), index.peopleOfSchool(rule.schoolId()))) {
      for (Evidence e : index.evidenceOf(p.id(), rule.competenceId())) {
        if (e.status() == Evidence.Status.VERIFIED && e.level() >= rule.level()) {
          candidates.add(p);
          break;
        }
      }
    }
    return candidates;
  }

  private List<Long> holdersOn(CoverageRuleDef rule, List<Person> candidates, LocalDate day) {
    List<Long> holders = new ArrayList<>();
    for (Person p : candidates) {
      if (p.inPostOn(day)
          && EvidenceRules.holds(
              index.evidenceOf(p.id(), rule.competenceId()), rule.level(), day)) {
        holders.add(p.id());
      }
    }
    holders.sort(null);
    return holders;
  }
}
