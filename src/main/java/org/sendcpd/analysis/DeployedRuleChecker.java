package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A coverage rule whose scope names groups adults are deployed to, checked day by day: on each of
 * the rule's days (none given: every school day) the holders are the adults in post, deployed to a
 * named group on that weekday in the pattern in force on the date, who hold the competence at the
 * rule's level or above. The rule is short on a date when any of its days is.
 *
 * <ul>
 *   <li>Breached now: short on the date; the day is the first short one. The cause explains it: a
 *       holder deployed there that day who has left (HOLDER_LEAVES) or whose certificate lapsed
 *       (CERTIFICATE_LAPSES), else a holder in post who works with the group on other days or at
 *       other times but not this day (HOLDER_MOVES), else TOO_FEW_HOLDERS.
 *   <li>Breach ahead: the first day in (date, date + window] on which it becomes short, checking
 *       only the days something can change (a leaving day, an expiry, the day after a deployment
 *       ends, the rule's start). The cause is the holder lost that day on the short weekday, a
 *       leaver before a move before a lapse, the lowest id first.
 * </ul>
 */
final class DeployedRuleChecker {

  private final WorkforceIndex index;
  private final CoverageRuleDef rule;
  private final Set<String> groups;
  private final List<DayOfWeek> days;
  private final List<Candidate> candidates = new ArrayList<>();

  DeployedRuleChecker(WorkforceIndex index, CoverageRuleDef rule, Set<String> groupKeys) {
    this.index = index;
    this.rule = rule;
    this.groups = groupKeys;
    this.days =
        rule.days() == null || rule.days().isEmpty()
            ? SchoolDays.WEEK
            : SchoolDays.WEEK.stream().filter(rule.days()::contains).toList();
    for (Person p : index.peopleOfSchool(rule.schoolId())) {
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
    candidates.sort((a, b) -> Long.compare(a.person().id(), b.person().id()));
  }

  /** The groups (keys) of the school the scope names; empty when it names none. */
  static Set<String> namedGroups(WorkforceIndex index, CoverageRuleDef rule) {
    Set<String> named = new HashSet<>();
    for (Map.Entry<String, String> g : index.groupsOf(rule.schoolId()).entrySet()) {
      if (RuleScope.names(rule.scope(), g.getValue())) {
        named.add(g.getKey());
      }
    }
    return named;
  }

  private record Candidate(Person person, List<Evidence> qualifying) {

    boolean holdsOn(LocalDate day) {
      return person.inPostOn(day) && EvidenceRules.holds(qualifying, 1, day);
    }
  }

  private record Short(DayOfWeek day, RuleCheck.BreachCause cause, Long staffId) {}

  RuleCheck check(LocalDate date, int windowDays) {
    boolean active = CoverageChecker.activeOn(rule, date);
    DayOfWeek weakest = days.isEmpty() ? null : days.get(0);
    for (DayOfWeek day : days) {
      if (holders(day, date).size() < holders(weakest, date).size()) {
        weakest = day;
      }
    }
    List<Long> holders = weakest == null ? List.of() : holders(weakest, date);
    boolean breachedNow = active && weakest != null && holders.size() < rule.minHolders();
    LocalDate breachDate = null;
    Short cause = null;
    if (breachedNow) {
      DayOfWeek first = firstShort(date);
      breachDate = date;
      cause = explainNow(first, date);
      holders = holders(first, date);
    } else {
      for (LocalDate day : changeDays(date, date.plusDays(windowDays))) {
        DayOfWeek shortDay = CoverageChecker.activeOn(rule, day) ? firstShort(day) : null;
        if (shortDay != null) {
          breachDate = day;
          cause = lostOn(shortDay, day);
          break;
        }
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
        cause == null ? null : cause.cause(),
        cause == null ? null : cause.staffId(),
        cause == null ? weakest : cause.day());
  }

  private DayOfWeek firstShort(LocalDate date) {
    for (DayOfWeek day : days) {
      if (holders(day, date).size() < rule.minHolders()) {
        return day;
      }
    }
    return null;
  }

  private boolean there(Candidate c, DayOfWeek day, LocalDate date) {
    return index.deployedTo(c.person().id(), groups, day, date);
  }

  private List<Long> holders(DayOfWeek day, LocalDate date) {
    List<Long> ids = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.holdsOn(date) && there(c, day, date)) {
        ids.add(c.person().id());
      }
    }
    return ids;
  }

  private Short explainNow(DayOfWeek day, LocalDate date) {
    for (Candidate c : candidates) {
      if (there(c, day, date) && !c.person().inPostOn(date) && c.person().leftDate() != null) {
        if (c.holdsOn(c.person().leftDate().minusDays(1))) {
          return new Short(day, RuleCheck.BreachCause.HOLDER_LEAVES, c.person().id());
        }
      }
    }
    for (Candidate c : candidates) {
      if (there(c, day, date)
          && c.person().inPostOn(date)
          && !c.holdsOn(date)
          && heldBefore(c, date)) {
        return new Short(day, RuleCheck.BreachCause.CERTIFICATE_LAPSES, c.person().id());
      }
    }
    for (Candidate c : candidates) {
      if (c.holdsOn(date) && !there(c, day, date) && deployedThereEver(c)) {
        return new Short(day, RuleCheck.BreachCause.HOLDER_MOVES, c.person().id());
      }
    }
    return new Short(day, RuleCheck.BreachCause.TOO_FEW_HOLDERS, null);
  }

  private static boolean heldBefore(Candidate c, LocalDate date) {
    for (Evidence e : c.qualifying()) {
      if (e.expiresOn() != null && !e.expiresOn().isAfter(date) && e.completedOn() != null) {
        return true;
      }
    }
    return false;
  }

  private boolean deployedThereEver(Candidate c) {
    for (Deployment d : index.deploymentsOf(c.person().id())) {
      if (groups.contains(SchoolDays.groupKey(d.group()))) {
        return true;
      }
    }
    return false;
  }

  /** Who was a holder there on the weekday the day before and is not on the day, and why. */
  private Short lostOn(DayOfWeek weekday, LocalDate day) {
    LocalDate before = day.minusDays(1);
    Short moved = null;
    Short lapsed = null;
    for (Candidate c : candidates) {
      if (!(c.holdsOn(before) && there(c, weekday, before))
          || (c.holdsOn(day) && there(c, weekday, day))) {
        continue;
      }
      long id = c.person().id();
      if (day.equals(c.person().leftDate())) {
        return new Short(weekday, RuleCheck.BreachCause.HOLDER_LEAVES, id);
      }
      if (c.holdsOn(day) && moved == null) {
        moved = new Short(weekday, RuleCheck.BreachCause.HOLDER_MOVES, id);
      } else if (!c.holdsOn(day) && lapsed == null) {
        lapsed = new Short(weekday, RuleCheck.BreachCause.CERTIFICATE_LAPSES, id);
      }
    }
    if (moved != null) {
      return moved;
    }
    return lapsed != null
        ? lapsed
        : new Short(weekday, RuleCheck.BreachCause.TOO_FEW_HOLDERS, null);
  }

  private TreeSet<LocalDate> changeDays(LocalDate date, LocalDate horizon) {
    TreeSet<LocalDate> result = new TreeSet<>();
    add(result, rule.validFrom(), date, horizon);
    for (Candidate c : candidates) {
      add(result, c.person().leftDate(), date, horizon);
      for (Evidence e : c.qualifying()) {
        add(result, e.expiresOn(), date, horizon);
      }
      for (Deployment d : index.deploymentsOf(c.person().id())) {
        add(result, d.to() == null ? null : d.to().plusDays(1), date, horizon);
      }
    }
    return result;
  }

  private static void add(
      TreeSet<LocalDate> days, LocalDate day, LocalDate date, LocalDate horizon) {
    if (day != null && day.isAfter(date) && !day.isAfter(horizon)) {
      days.add(day);
    }
  }
}
