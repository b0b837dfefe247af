package org.sendcpd.framework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

class FrameworkMappingTest {

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
  void frameworkWithLadderAreasCompetencesAndRequirementsRoundTrips() {
    String name = Fixtures.unique("SEND workforce ");
    SkillsFramework saved =
        db.inTransaction(
            em -> {
              SkillsFramework framework = new SkillsFramework(name, "2026.1", "our own wording");
              framework.setDescription("Four broad areas of need plus cross-cutting areas");
              framework.addLevel("Universal");
              framework.addLevel("Enhanced");
              framework.addLevel("Specialist").setDescription("Can advise and train others");
              em.persist(framework);
              Area ci = new Area(framework, "CI", "Communication and interaction", 1);
              ci.setAreaOfNeed(AreaOfNeed.COMMUNICATION_AND_INTERACTION);
              Area families = new Area(framework, "FAM", "Working with families", 5);
              em.persist(ci);
              em.persist(families);
              Competence second = new Competence(ci, Fixtures.unique("CI-"), "Uses visuals", 2);
              Competence first = new Competence(ci, Fixtures.unique("CI-"), "Adapts language", 1);
              Competence talk = new Competence(families, Fixtures.unique("FAM-"), "Listens", 1);
              em.persist(second);
              em.persist(first);
              em.persist(talk);
              em.persist(new RoleRequirement(framework, JobRole.TA, first, 2));
              em.persist(new RoleRequirement(framework, JobRole.TEACHER, talk, 1));
              return framework;
            });

    db.run(
        em -> {
          SkillsFramework framework =
              em.createNamedQuery(SkillsFramework.FIND_BY_NAME_AND_VERSION, SkillsFramework.class)
                  .setParameter("name", name)
                  .setParameter("version", "2026.1")
                  .getSingleResult();
          assertEquals(saved.getId(), framework.getId());
          assertTrue(framework.isActive());
          assertEquals(
              List.of("Universal", "Enhanced", "Specialist"),
              framework.getLevels().stream().map(FrameworkLevel::getName).toList());
          List<FrameworkLevel> ladder =
              em.createNamedQuery(FrameworkLevel.FIND_BY_FRAMEWORK, FrameworkLevel.class)
                  .setParameter("frameworkId", framework.getId())
                  .getResultList();
          assertEquals(List.of(1, 2, 3), ladder.stream().map(FrameworkLevel::getRank).toList());
          assertEquals("Can advise and train others", ladder.get(2).getDescription());

          List<Area> areas =
              em.createNamedQuery(Area.FIND_BY_FRAMEWORK, Area.class)
                  .setParameter("frameworkId", framework.getId())
                  .getResultList();
          assertEquals(List.of("CI", "FAM"), areas.stream().map(Area::getCode).toList());
          assertEquals(AreaOfNeed.COMMUNICATION_AND_INTERACTION, areas.get(0).getAreaOfNeed());
          assertNull(areas.get(1).getAreaOfNeed());
          assertTrue(areas.get(1).isCrossCutting());

          List<Competence> competences =
              em.createNamedQuery(Competence.FIND_BY_FRAMEWORK, Competence.class)
                  .setParameter("frameworkId", framework.getId())
                  .getResultList();
          assertEquals(
              List.of("Adapts language", "Uses visuals", "Listens"),
              competences.stream().map(Competence::getStatement).toList());
          String code = competences.get(0).getCode();
          Competence byCode =
              em.createNamedQuery(Competence.FIND_BY_CODE, Competence.class)
                  .setParameter("code", code)
                  .getSingleResult();
          assertEquals("CI", byCode.getArea().getCode());
          assertEquals(
              2,
              em.createNamedQuery(Competence.FIND_BY_CODES, Competence.class)
                  .setParameter("codes", List.of(code, competences.get(2).getCode(), "NONE"))
                  .getResultList()
                  .size());

          List<RoleRequirement> requirements =
              em.createNamedQuery(RoleRequirement.FIND_BY_FRAMEWORK, RoleRequirement.class)
                  .setParameter("frameworkId", framework.getId())
                  .getResultList();
          assertEquals(
              List.of(JobRole.TA, JobRole.TEACHER),
              requirements.stream().map(RoleRequirement::getJobRole).toList());
          assertEquals(2, requirements.get(0).getLevelRank());
          assertEquals(code, requirements.get(0).getCompetence().getCode());
        });
  }

  @Test
  void onlyActiveFrameworksSetRequirements() {
    Competence[] competences =
        db.inTransaction(
            em -> {
              Competence current = Fixtures.competence(em);
              Competence old = Fixtures.competence(em);
              old.getArea().getFramework().setActive(false);
              em.persist(
                  new RoleRequirement(current.getArea().getFramework(), JobRole.TA, current, 1));
              em.persist(new RoleRequirement(old.getArea().getFramework(), JobRole.TA, old, 1));
              return new Competence[] {current, old};
            });
    db.run(
        em -> {
          List<String> required =
              em
                  .createNamedQuery(RoleRequirement.FIND_ACTIVE, RoleRequirement.class)
                  .getResultList()
                  .stream()
                  .map(r -> r.getCompetence().getCode())
                  .toList();
          assertTrue(required.contains(competences[0].getCode()));
          assertTrue(!required.contains(competences[1].getCode()));
          List<SkillsFramework> active =
              em.createNamedQuery(SkillsFramework.FIND_ACTIVE, SkillsFramework.class)
                  .getResultList();
          assertTrue(active.stream().allMatch(SkillsFramework::isActive));
          List<SkillsFramework> all =
              em.createNamedQuery(SkillsFramework.FIND_ALL, SkillsFramework.class).getResultList();
          assertTrue(all.size() > active.size());
        });
  }

  @Test
  void sameNameAndVersionIsRefusedButANewVersionIsNot() {
    String name = Fixtures.unique("Autism ");
    db.run(em -> em.persist(new SkillsFramework(name, "1", "ours")));
    db.run(em -> em.persist(new SkillsFramework(name, "2", "ours")));
    assertThrows(
        PersistenceException.class,
        () -> db.run(em -> em.persist(new SkillsFramework(name, "1", "again"))));
  }

  @Test
  void competenceCodesAreUniqueAcrossFrameworks() {
    String code = Fixtures.unique("X-");
    db.run(em -> em.persist(new Competence(Fixtures.competence(em).getArea(), code, "One", 1)));
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em ->
                    em.persist(new Competence(Fixtures.competence(em).getArea(), code, "Two", 1))));
  }

  @Test
  void levelRanksStartAtOne() {
    assertThrows(
        ConstraintViolationException.class,
        () ->
            db.run(
                em -> {
                  SkillsFramework framework = Fixtures.framework(em);
                  em.persist(new FrameworkLevel(framework, 0, "Below the ladder"));
                }));
  }
}
