package org.sendcpd.demand.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendcpd.demand.entity.CoverageRule;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

class CoverageRulesTest {

  static final LocalDate TRIP = LocalDate.of(2027, 6, 7);

  static JpaTestDatabase db;
  static ValidatorFactory validators;

  long school;
  String code;
  Callers.Audit audit;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
    validators = Validation.buildDefaultValidatorFactory();
  }

  static long newSchool() {
    return db.inTransaction(
        em -> {
          var school = Fixtures.school(em);
          em.flush();
          return school.getId();
        });
  }

  @AfterAll
  static void drop() {
    db.close();
    validators.close();
  }

  @BeforeEach
  void freshSchoolAndCompetence() {
    school = newSchool();
    // Fixtures' framework has a three-rung ladder: Universal, Enhanced, Specialist.
    code =
        db.inTransaction(
            em -> {
              Competence c = Fixtures.competence(em);
              em.flush();
              return c.getCode();
            });
    audit = new Callers.Audit();
  }

  private CoverageRules service(EntityManager em) {
    CoverageRules rules = new CoverageRules();
    rules.em = em;
    rules.access = Callers.allowing(school);
    rules.audit = audit;
    rules.caller = Callers.senco();
    rules.validation = Callers.validation(validators.getValidator());
    rules.guard = new EditGuard(); // no copy's version is checked here
    return rules;
  }

  private RuleDraft draft(String competenceCode, Integer level, LocalDate from, LocalDate to) {
    return new RuleDraft("Trip first aid", competenceCode, level, 2, "Year 6", from, to, null);
  }

  private CoverageRule create(RuleDraft draft) {
    return db.inTransaction(em -> service(em).create(school, draft));
  }

  private List<CoverageRule> list() {
    return db.inTransaction(em -> service(em).inSchool(school));
  }

  private static String refusal(Runnable action) {
    return assertThrows(InvalidInputException.class, action::run).details().toString();
  }

  @Test
  void aRuleAtTheTopOfItsLadderIsSavedAndAudited() {
    CoverageRule rule = create(draft(code, 3, TRIP, TRIP.plusDays(2)));
    List<CoverageRule> rules = list();
    assertEquals(1, rules.size());
    assertEquals(rule.getId(), rules.get(0).getId());
    assertEquals(3, rules.get(0).getLevelRank());
    assertEquals("Year 6", rules.get(0).getScope());
    assertTrue(rules.get(0).isActive());
    assertTrue(audit.actions.get(0).startsWith("COVERAGE_RULE_CREATED"));
  }

  @Test
  void theLevelMustBeOnTheCompetencesOwnLadder() {
    String details = refusal(() -> create(draft(code, 4, null, null)));
    assertTrue(details.contains("field=level"), details);
    assertTrue(details.contains("Specialist"), "the message names the ladder: " + details);
    assertTrue(list().isEmpty(), "nothing saved");
  }

  @Test
  void aFrameworkWithoutALadderHasOneLevel() {
    String bare =
        db.inTransaction(
            em -> {
              var framework =
                  new org.sendcpd.framework.entity.SkillsFramework(
                      Fixtures.unique("Bare "), "1", "test");
              em.persist(framework);
              var area =
                  Fixtures.area(
                      em, framework, org.sendcpd.framework.entity.AreaOfNeed.SENSORY_AND_PHYSICAL);
              Competence c = Fixtures.competence(em, area);
              return c.getCode();
            });
    assertEquals(1, create(draft(bare, 1, null, null)).getLevelRank());
    assertTrue(refusal(() -> create(draft(bare, 2, null, null))).contains("field=level"));
  }

  @Test
  void theEndDateCannotComeBeforeTheStart() {
    String details = refusal(() -> create(draft(code, 1, TRIP, TRIP.minusDays(1))));
    assertTrue(details.contains("field=to"), details);
    assertEquals(TRIP, create(draft(code, 1, TRIP, TRIP)).getValidTo(), "one day is fine");
  }

  @Test
  void anUnknownCompetenceAndTooFewHoldersAreNamedTogether() {
    String details =
        refusal(() -> create(new RuleDraft(" ", "NOPE-99", 1, 0, null, null, null, null)));
    assertTrue(details.contains("field=competenceCode"), details);
    assertTrue(details.contains("NOPE-99"), details);
    assertTrue(details.contains("field=minHolders"), details);
    assertTrue(details.contains("field=name"), details);
    assertTrue(list().isEmpty());
  }

  @Test
  void updatingKeepsTheRuleInItsSchoolAndDeactivatingKeepsItListed() {
    long id = create(draft(code, 2, null, null)).getId();
    CoverageRule changed =
        db.inTransaction(
                em ->
                    service(em)
                        .update(
                            id, null, new RuleDraft("Renamed", code, 1, 3, "P3", null, null, null)))
            .orElseThrow();
    assertEquals("Renamed", changed.getName());
    assertEquals("P3", changed.getScope());

    long other = newSchool();
    String moved =
        refusal(
            () ->
                db.inTransaction(em -> service(em).update(id, other, draft(code, 1, null, null))));
    assertTrue(moved.contains("schoolId"), moved);

    db.inTransaction(em -> service(em).deactivate(id));
    List<CoverageRule> rules = list();
    assertEquals(1, rules.size(), "a deactivated rule stays listed");
    assertFalse(rules.get(0).isActive());
    assertTrue(db.inTransaction(em -> service(em).deactivate(id + 10_000)).isEmpty());
  }

  @Test
  void anotherSchoolsRulesAreRefused() {
    long id = create(draft(code, 1, null, null)).getId();
    school = newSchool();
    assertThrows(AccessDeniedException.class, () -> db.inTransaction(em -> service(em).find(id)));
  }
}
