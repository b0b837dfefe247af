package org.sendcpd.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.framework.control.FrameworkDraft.CompetenceDraft;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;

/** The importer and the editor against a migrated database: everything is saved, or nothing. */
class FrameworkEditorTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void start() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  static FrameworkImporter importer(EntityManager em) {
    FrameworkImporter importer = new FrameworkImporter();
    importer.em = em;
    return importer;
  }

  static FrameworkEditor editor(EntityManager em) {
    FrameworkEditor editor = new FrameworkEditor();
    editor.em = em;
    editor.guard = new EditGuard(); // no draft here is stale
    return editor;
  }

  /** A new framework with two competences and one requirement; answers its id. */
  static long imported(String prefix) {
    String csv =
        "area_code,area_name,competence_code,statement\n"
            + "A,Area,"
            + prefix
            + "-1,First\n"
            + "A,Area,"
            + prefix
            + "-2,Second\n";
    FrameworkDocument doc =
        new FrameworkCsvReader()
            .read(
                new FrameworkCsvReader.Header(Fixtures.unique("F "), "1", null, "Low,High"),
                new StringReader(csv),
                new StringReader("job_role,competence_code,level\nTA," + prefix + "-1,1\n"));
    return db.inTransaction(em -> importer(em).save(doc).getId());
  }

  static long count(String entity) {
    return db.inTransaction(
        em ->
            em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult());
  }

  @Test
  void anImportWithACodeTakenElsewhereSavesNothing() {
    String prefix = Fixtures.unique("T");
    imported(prefix);
    long frameworks = count("SkillsFramework");
    long competences = count("Competence");
    String json =
        "{\"name\":\"Clash\",\"version\":\"1\",\"levels\":[{\"rank\":1,\"name\":\"Held\"}],"
            + "\"areas\":[{\"code\":\"B\",\"name\":\"B\",\"competences\":["
            + "{\"code\":\"NEW-"
            + prefix
            + "\",\"statement\":\"New\"},{\"code\":\""
            + prefix
            + "-1\",\"statement\":\"Taken\"}]}]}";
    FrameworkDocument doc = new FrameworkJsonReader().read(new StringReader(json));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> db.run(em -> importer(em).save(doc)));
    assertEquals(List.of(prefix + "-1"), e.details());
    assertEquals(frameworks, count("SkillsFramework"));
    assertEquals(competences, count("Competence"));
  }

  @Test
  void aGoodDraftChangesEverythingAtOnce() {
    String prefix = Fixtures.unique("G");
    long id = imported(prefix);
    FrameworkDraft draft = db.inTransaction(em -> editor(em).draft(id).orElseThrow());
    draft.setName(draft.getName() + " renamed");
    draft.getLevels().get(0).setName("Lowest");
    draft.addLevelOnTop("Top");
    draft.getAreas().get(0).getCompetences().get(1).setStatement("Second, reworded");
    draft.addArea("Z", "New area").addCompetence(prefix + "-3", "Third");
    draft.getCells().put(FrameworkDraft.key(JobRole.TA, prefix + "-1"), "");
    draft.getCells().put(FrameworkDraft.key(JobRole.HLTA, prefix + "-3"), "3");
    db.run(em -> editor(em).save(draft));

    FrameworkDraft saved = db.inTransaction(em -> editor(em).draft(id).orElseThrow());
    assertTrue(saved.getName().endsWith(" renamed"));
    assertEquals(
        List.of("Lowest", "High", "Top"),
        saved.getLevels().stream().map(FrameworkDraft.Level::getName).toList());
    assertEquals(
        "Second, reworded", saved.getAreas().get(0).getCompetences().get(1).getStatement());
    assertEquals(2, saved.getAreas().size());
    assertEquals(
        java.util.Map.of(FrameworkDraft.key(JobRole.HLTA, prefix + "-3"), "3"), saved.getCells());
  }

  @Test
  void aDraftWithAnyProblemSavesNothing() {
    String prefix = Fixtures.unique("B");
    long id = imported(prefix);
    long competences = count("Competence");
    FrameworkDraft draft = db.inTransaction(em -> editor(em).draft(id).orElseThrow());
    String name = draft.getName();
    draft.setName(name + " changed");
    draft.addLevelOnTop("Top");
    draft.getAreas().get(0).addCompetence(prefix + "-9", "New one");
    draft.getCells().put(FrameworkDraft.key(JobRole.TEACHER, prefix + "-2"), "1");
    draft.getCells().put(FrameworkDraft.key(JobRole.SLT, prefix + "-1"), "7");
    draft.getAreas().get(0).addCompetence(prefix + "-2", "Same code again");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> db.run(em -> editor(em).save(draft)));
    assertEquals(2, e.details().size(), e.details().toString());

    FrameworkDraft unchanged = db.inTransaction(em -> editor(em).draft(id).orElseThrow());
    assertEquals(name, unchanged.getName());
    assertEquals(2, unchanged.getLevels().size());
    assertEquals(competences, count("Competence"));
    assertEquals(
        java.util.Map.of(FrameworkDraft.key(JobRole.TA, prefix + "-1"), "1"), unchanged.getCells());
  }

  @Test
  void aCompetenceIsRemovedOnlyWhenNothingUsesIt() {
    String prefix = Fixtures.unique("R");
    long id = imported(prefix);
    db.run(
        em -> {
          Competence second =
              em.createNamedQuery(Competence.FIND_BY_CODE, Competence.class)
                  .setParameter("code", prefix + "-2")
                  .getSingleResult();
          Course course =
              new Course(Fixtures.school(em), "Course", DeliveryType.IN_HOUSE, BigDecimal.ONE);
          course.addOutcome(second, 1);
          em.persist(course);
        });
    FrameworkDraft draft = db.inTransaction(em -> editor(em).draft(id).orElseThrow());
    List<CompetenceDraft> competences = draft.getAreas().get(0).getCompetences();
    competences.forEach(c -> c.setRemoved(true));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> db.run(em -> editor(em).save(draft)));
    String details = e.details().toString();
    assertTrue(
        details.contains(prefix + "-1: cannot be removed, clear its 1 requirement"), details);
    assertTrue(details.contains(prefix + "-2: cannot be removed, it is used by 1 course"), details);

    FrameworkDraft again = db.inTransaction(em -> editor(em).draft(id).orElseThrow());
    again.getCells().clear();
    again.getAreas().get(0).getCompetences().get(0).setRemoved(true);
    db.run(em -> editor(em).save(again));
    FrameworkDraft saved = db.inTransaction(em -> editor(em).draft(id).orElseThrow());
    assertEquals(
        List.of(prefix + "-2"),
        saved.getAreas().get(0).getCompetences().stream().map(CompetenceDraft::getCode).toList());
    assertTrue(saved.getCells().isEmpty());
    int levels = db.inTransaction(em -> em.find(SkillsFramework.class, id).getLevels().size());
    assertEquals(2, levels);
  }
}
