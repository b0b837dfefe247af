package org.sendcpd.demand.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.demand.entity.CoverageRule;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.FrameworkLevel;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;

/**
 * Keeps the coverage rules a school sets itself. A rule names a competence that exists, a level on
 * that competence's own ladder, at least one holder, and dates in order. Removing a rule
 * deactivates it: it stays listed, can be switched on again, and the audit log keeps who did it.
 * The SENCO and the head of the school (trust leads and administrators for any school) may read and
 * change rules.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class CoverageRules {

  static final int NAME_LENGTH = 200;
  static final int SCOPE_LENGTH = 100;

  @PersistenceContext EntityManager em;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  @Inject Validation validation;
  @Inject EditGuard guard;

  public List<CoverageRule> inSchool(long schoolId) {
    access.requireSchool(schoolId);
    school(schoolId);
    return em.createNamedQuery(CoverageRule.FIND_BY_SCHOOL, CoverageRule.class)
        .setParameter("schoolId", schoolId)
        .getResultList();
  }

  /** The rule, after checking the caller may see its school; empty when there is no such rule. */
  public Optional<CoverageRule> find(long id) {
    CoverageRule rule = em.find(CoverageRule.class, id);
    if (rule != null) {
      access.requireSchool(rule.getSchool().getId());
    }
    return Optional.ofNullable(rule);
  }

  public CoverageRule create(long schoolId, RuleDraft draft) {
    access.requireSchool(schoolId);
    School school = school(schoolId);
    Competence competence = check(draft);
    CoverageRule rule =
        new CoverageRule(
            school, draft.name().strip(), competence, draft.level(), draft.minHolders());
    apply(rule, competence, draft);
    if (draft.active() != null) {
      rule.setActive(draft.active());
    }
    validation.require(rule);
    em.persist(rule);
    em.flush();
    audit.record(
        caller.username(), "COVERAGE_RULE_CREATED", "CoverageRule", rule.getId(), describe(rule));
    return rule;
  }

  /** Changes a rule; empty when there is no rule with this id. A rule stays with its school. */
  public Optional<CoverageRule> update(long id, Long schoolId, RuleDraft draft) {
    return update(id, null, schoolId, draft);
  }

  /** The same for a copy read at {@code expectedVersion}: refused when someone saved since. */
  public Optional<CoverageRule> update(
      long id, Integer expectedVersion, Long schoolId, RuleDraft draft) {
    Optional<CoverageRule> found = find(id);
    found.ifPresent(
        rule -> {
          guard.require("CoverageRule", id, expectedVersion, rule.getRowVersion());
          if (schoolId != null && !schoolId.equals(rule.getSchool().getId())) {
            FieldErrors moved = new FieldErrors();
            moved.add("schoolId", "a rule stays with its school; create one in the other school");
            moved.throwIfAny("A rule cannot move to another school");
          }
          Competence competence = check(draft);
          rule.setName(draft.name().strip());
          rule.setCompetence(competence);
          rule.setLevelRank(draft.level());
          rule.setMinHolders(draft.minHolders());
          apply(rule, competence, draft);
          if (draft.active() != null) {
            rule.setActive(draft.active());
          }
          validation.require(rule);
          em.flush();
          audit.record(
              caller.username(), "COVERAGE_RULE_UPDATED", "CoverageRule", id, describe(rule));
        });
    return found;
  }

  /** Switches a rule off (it stays listed and can be switched on again); empty when unknown. */
  public Optional<CoverageRule> deactivate(long id) {
    Optional<CoverageRule> found = find(id);
    found.ifPresent(
        rule -> {
          rule.setActive(false);
          audit.record(
              caller.username(), "COVERAGE_RULE_DEACTIVATED", "CoverageRule", id, describe(rule));
        });
    return found;
  }

  private static void apply(CoverageRule rule, Competence competence, RuleDraft draft) {
    rule.setScope(draft.scope() == null || draft.scope().isBlank() ? null : draft.scope().strip());
    rule.setValidFrom(draft.from());
    rule.setValidTo(draft.to());
    rule.setDays(draft.days());
  }

  /** Checks every field and answers the competence the draft names; refuses all that is wrong. */
  Competence check(RuleDraft draft) {
    FieldErrors errors = new FieldErrors();
    if (draft == null) {
      errors.add("name", "send the rule");
      errors.throwIfAny("The rule is missing");
    }
    if (draft.name() == null || draft.name().isBlank()) {
      errors.add("name", "give the rule a name");
    } else if (draft.name().strip().length() > NAME_LENGTH) {
      errors.add("name", "at most " + NAME_LENGTH + " characters");
    }
    Competence competence = null;
    if (draft.competenceCode() == null || draft.competenceCode().isBlank()) {
      errors.add("competenceCode", "name the competence by its code");
    } else {
      competence = competence(draft.competenceCode().strip());
      if (competence == null) {
        errors.add(
            "competenceCode", "no competence has the code " + draft.competenceCode().strip());
      }
    }
    if (draft.level() == null) {
      errors.add("level", "choose a level");
    } else if (competence != null) {
      checkLevel(competence, draft.level(), errors);
    }
    if (draft.minHolders() == null || draft.minHolders() < 1) {
      errors.add("minHolders", "at least 1 holder");
    }
    if (draft.scope() != null && draft.scope().strip().length() > SCOPE_LENGTH) {
      errors.add("scope", "at most " + SCOPE_LENGTH + " characters");
    }
    if (draft.from() != null && draft.to() != null && draft.to().isBefore(draft.from())) {
      errors.add("to", "the end date cannot come before the start date");
    }
    errors.throwIfAny("Some fields of the rule are not valid; nothing was saved");
    return competence;
  }

  /** The level must be a rung of the competence's own framework ladder (1 alone if it has none). */
  static void checkLevel(Competence competence, int level, FieldErrors errors) {
    List<FrameworkLevel> ladder = competence.getArea().getFramework().getLevels();
    boolean onLadder =
        ladder.isEmpty() ? level == 1 : ladder.stream().anyMatch(l -> l.getRank() == level);
    if (!onLadder) {
      String rungs =
          ladder.isEmpty()
              ? "one level (1)"
              : "levels "
                  + ladder.stream()
                      .map(l -> l.getRank() + " " + l.getName())
                      .reduce((a, b) -> a + ", " + b)
                      .orElse("");
      errors.add(
          "level",
          "level " + level + " is not on the ladder of " + competence.getCode() + ": " + rungs);
    }
  }

  private Competence competence(String code) {
    return em.createNamedQuery(Competence.FIND_BY_CODE, Competence.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private School school(long schoolId) {
    School school = em.find(School.class, schoolId);
    if (school == null) {
      throw new InvalidInputException(
          "There is no school " + schoolId,
          List.of(Map.of("field", "schoolId", "message", "no school has this id")));
    }
    return school;
  }

  private static String describe(CoverageRule rule) {
    return rule.getName()
        + ": "
        + rule.getMinHolders()
        + " x "
        + rule.getCompetence().getCode()
        + " level "
        + rule.getLevelRank()
        + (rule.getScope() == null ? "" : " in " + rule.getScope())
        + (rule.isActive() ? "" : " (inactive)");
  }
}
