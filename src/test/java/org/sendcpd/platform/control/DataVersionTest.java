package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;
import org.sendcpd.platform.entity.AuditEvent;
import org.sendcpd.testing.JpaTestDatabase;

/** Which commits move the data version: writes of every kind do, reads do not. */
class DataVersionTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void start() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  long commit(Consumer<EntityManager> work) {
    EntityManager em = db.emf().createEntityManager();
    try {
      long before = DataVersion.current();
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
      return DataVersion.current() - before;
    } finally {
      em.close();
    }
  }

  @Test
  void aPersistAnUpdateABulkUpdateAndARemoveEachMoveTheVersion() {
    School school = new School("Version Primary", "123999", SchoolPhase.PRIMARY);
    assertTrue(commit(em -> em.persist(school)) > 0, "persist");
    assertTrue(
        commit(em -> em.find(School.class, school.getId()).setName("Version Primary School")) > 0,
        "update");
    assertTrue(
        commit(
                em ->
                    em.createQuery("UPDATE School s SET s.name = 'Renamed' WHERE s.id = :id")
                        .setParameter("id", school.getId())
                        .executeUpdate())
            > 0,
        "bulk update");
    assertTrue(commit(em -> em.remove(em.find(School.class, school.getId()))) > 0, "remove");
  }

  @Test
  void anAuditEventAloneLeavesItAloneButNotBesideAWrite() {
    assertEquals(
        0,
        commit(
            em ->
                em.persist(
                    new AuditEvent("eleanor.shah", "REPORT_DOWNLOADED", "School", 1L, "x.pdf"))),
        "a download's audit");
    assertTrue(
        commit(
                em -> {
                  em.persist(new School("Audited Primary", "123997", SchoolPhase.PRIMARY));
                  em.persist(new AuditEvent("admin", "SCHOOL_CREATED", "School", 1L, null));
                })
            > 0,
        "a write with its audit");
  }

  @Test
  void aTransactionThatOnlyReadsLeavesItAlone() {
    School school = new School("Read Primary", "123998", SchoolPhase.PRIMARY);
    commit(em -> em.persist(school));
    assertEquals(
        0,
        commit(
            em -> {
              em.find(School.class, school.getId()).getName();
              em.createQuery("SELECT s FROM School s", School.class).getResultList();
            }));
  }
}
