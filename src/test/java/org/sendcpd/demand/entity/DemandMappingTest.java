package org.sendcpd.demand.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

class DemandMappingTest {

  static final LocalDate CENSUS = LocalDate.of(2026, 10, 1);

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void needProfilesHoldCountsPerAreaForTheSchoolAndAYearGroup() {
    School school =
        db.inTransaction(
            em -> {
              School s = Fixtures.school(em);
              NeedProfile whole = new NeedProfile(s, null, CENSUS);
              whole.setCount(AreaOfNeed.COMMUNICATION_AND_INTERACTION, 14, 4);
              whole.setCount(AreaOfNeed.SOCIAL_EMOTIONAL_MENTAL_HEALTH, 9, 1);
              whole.setCount(AreaOfNeed.COMMUNICATION_AND_INTERACTION, 15, 5);
              em.persist(whole);
              NeedProfile year2 = new NeedProfile(s, "Year 2", CENSUS);
              year2.setCount(AreaOfNeed.SENSORY_AND_PHYSICAL, 1, 1);
              em.persist(year2);
              return s;
            });
    db.run(
        em -> {
          List<NeedProfile> profiles =
              em.createNamedQuery(NeedProfile.FIND_BY_SCHOOL, NeedProfile.class)
                  .setParameter("schoolId", school.getId())
                  .getResultList();
          assertEquals(2, profiles.size());
          NeedProfile whole =
              profiles.stream().filter(NeedProfile::isWholeSchool).findFirst().get();
          assertEquals(2, whole.getCounts().size());
          NeedCount ci = whole.countFor(AreaOfNeed.COMMUNICATION_AND_INTERACTION).get();
          assertEquals(15, ci.getPupils());
          assertEquals(5, ci.getEhcPlans());
          assertEquals(CENSUS, whole.getRecordedOn());
          assertTrue(whole.countFor(AreaOfNeed.COGNITION_AND_LEARNING).isEmpty());
        });
  }

  @Test
  void ehcPlansCannotOutnumberPupils() {
    assertThrows(
        ConstraintViolationException.class,
        () ->
            db.run(
                em -> {
                  NeedProfile profile = new NeedProfile(Fixtures.school(em), "Year 6", CENSUS);
                  profile.setCount(AreaOfNeed.COGNITION_AND_LEARNING, 2, 3);
                  em.persist(profile);
                }));
  }

  @Test
  void coverageRulesRoundTripWithTheirScopeAndDates() {
    School school =
        db.inTransaction(
            em -> {
              School s = Fixtures.school(em);
              Competence midazolam = Fixtures.competence(em);
              CoverageRule p3 = new CoverageRule(s, "Buccal midazolam, P3", midazolam, 1, 2);
              p3.setScope("P3");
              em.persist(p3);
              CoverageRule trip = new CoverageRule(s, "Residential first aid", midazolam, 1, 1);
              trip.setScope("Year 6");
              trip.setValidFrom(LocalDate.of(2027, 6, 7));
              trip.setValidTo(LocalDate.of(2027, 6, 9));
              em.persist(trip);
              return s;
            });
    db.run(
        em -> {
          List<CoverageRule> rules =
              em.createNamedQuery(CoverageRule.FIND_BY_SCHOOL, CoverageRule.class)
                  .setParameter("schoolId", school.getId())
                  .getResultList();
          assertEquals(
              List.of("Buccal midazolam, P3", "Residential first aid"),
              rules.stream().map(CoverageRule::getName).toList());
          CoverageRule p3 = rules.get(0);
          assertEquals("P3", p3.getScope());
          assertEquals(2, p3.getMinHolders());
          assertNull(p3.getValidFrom());
          assertTrue(p3.appliesOn(CENSUS));
          CoverageRule trip = rules.get(1);
          assertFalse(trip.appliesOn(LocalDate.of(2027, 6, 6)));
          assertTrue(trip.appliesOn(LocalDate.of(2027, 6, 7)));
          assertTrue(trip.appliesOn(LocalDate.of(2027, 6, 9)));
          assertFalse(trip.appliesOn(LocalDate.of(2027, 6, 10)));
          trip.setActive(false);
          assertFalse(trip.appliesOn(LocalDate.of(2027, 6, 8)));
        });
  }

  @Test
  void aRuleNeedsAtLeastOneHolderAndDatesInOrder() {
    assertThrows(
        ConstraintViolationException.class,
        () ->
            db.run(
                em ->
                    em.persist(
                        new CoverageRule(
                            Fixtures.school(em), "None", Fixtures.competence(em), 1, 0))));
    assertThrows(
        ConstraintViolationException.class,
        () ->
            db.run(
                em -> {
                  CoverageRule rule =
                      new CoverageRule(Fixtures.school(em), "Back", Fixtures.competence(em), 1, 1);
                  rule.setValidFrom(CENSUS);
                  rule.setValidTo(CENSUS.minusDays(1));
                  em.persist(rule);
                }));
  }
}
