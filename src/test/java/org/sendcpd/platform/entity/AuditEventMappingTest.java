package org.sendcpd.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.testing.JpaTestDatabase;

/**
 * The audit log is insert-only: the migrated database refuses every UPDATE and DELETE of its rows,
 * from JPQL as from SQL, whoever asks. PostgresMigrationTest proves the same on PostgreSQL.
 */
public class AuditEventMappingTest {

  static final String DETAIL = "team: \"A\" -> \"B\"";

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
  void aChangeDetailRoundTrips() {
    String detail = "team: \"Year 2\" -> \"Year 3\"; fte: 1.0 -> 0.8; " + "x".repeat(1000);
    long id = insert(db, detail);
    db.run(em -> assertEquals(detail, em.find(AuditEvent.class, id).getDetail()));
  }

  @Test
  void rowsCannotBeUpdatedOrDeleted() {
    assertInsertOnly(db);
  }

  /**
   * Writes a row, then tries to rewrite, delete and truncate it five ways: each must fail, the row
   * kept.
   */
  public static void assertInsertOnly(JpaTestDatabase db) {
    long id = insert(db, DETAIL);
    Map<String, Consumer<EntityManager>> attempts = new LinkedHashMap<>();
    attempts.put(
        "JPQL UPDATE",
        em ->
            em.createQuery("UPDATE AuditEvent e SET e.detail = 'rewritten' WHERE e.id = :id")
                .setParameter("id", id)
                .executeUpdate());
    attempts.put(
        "JPQL DELETE",
        em ->
            em.createQuery("DELETE FROM AuditEvent e WHERE e.id = :id")
                .setParameter("id", id)
                .executeUpdate());
    attempts.put(
        "em.remove",
        em -> {
          em.remove(em.find(AuditEvent.class, id));
          em.flush();
        });
    attempts.put(
        "SQL DELETE",
        em -> em.createNativeQuery("DELETE FROM audit_event WHERE id = " + id).executeUpdate());
    // Derby refuses TRUNCATE on a table with a DELETE trigger; PostgreSQL has a trigger for it.
    attempts.put(
        "TRUNCATE", em -> em.createNativeQuery("TRUNCATE TABLE audit_event").executeUpdate());
    attempts.forEach(
        (how, attempt) -> {
          PersistenceException refused =
              assertThrows(PersistenceException.class, () -> db.run(attempt), how);
          String why = messages(refused).toLowerCase();
          assertTrue(
              why.contains("insert-only") || why.contains("audit_event_no_delete"),
              how + ": " + why);
        });
    db.run(
        em -> {
          em.getEntityManagerFactory().getCache().evictAll();
          assertEquals(DETAIL, em.find(AuditEvent.class, id).getDetail());
        });
  }

  private static long insert(JpaTestDatabase db, String detail) {
    return db.inTransaction(
        em -> {
          AuditEvent event = new AuditEvent("senco", "STAFF_UPDATED", "StaffMember", 1L, detail);
          em.persist(event);
          em.flush();
          return event.getId();
        });
  }

  static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append(" | ");
    }
    return all.toString();
  }
}
