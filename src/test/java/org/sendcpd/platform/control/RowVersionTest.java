package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendcpd.organisation.control.DatabaseIdentityStore;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

/**
 * Optimistic locking on the migrated schema: every save raises the row version once, a save of a
 * copy read before someone else's save is refused (and recognised as such), and signing in leaves
 * the account's version alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowVersionTest {

  JpaTestDatabase db;

  /** In-memory Derby here; {@link PostgresRowVersionTest} runs the same tests on PostgreSQL. */
  JpaTestDatabase open() {
    return JpaTestDatabase.start();
  }

  @BeforeAll
  void migrate() {
    db = open();
  }

  @AfterAll
  void drop() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void everySaveRaisesTheVersionByOne() {
    StaffMember created =
        db.inTransaction(em -> Fixtures.staff(em, Fixtures.school(em), "Version", JobRole.TA));
    int first = created.getRowVersion();
    db.run(em -> em.find(StaffMember.class, created.getId()).setTeam("Year 1"));
    db.run(em -> em.find(StaffMember.class, created.getId()).setTeam("Year 2"));
    assertEquals(first + 2, version(created.getId()));
    db.run(em -> em.find(StaffMember.class, created.getId()).getTeam());
    assertEquals(first + 2, version(created.getId()), "reading is not saving");
  }

  @Test
  void aForcedIncrementWithChangesCountsOnce() {
    StaffMember created =
        db.inTransaction(em -> Fixtures.staff(em, Fixtures.school(em), "Forced", JobRole.TA));
    db.run(
        em -> {
          StaffMember person = em.find(StaffMember.class, created.getId());
          em.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          person.setTeam("Year 3");
        });
    assertEquals(created.getRowVersion() + 1, version(created.getId()));
  }

  @Test
  void aForcedIncrementIsWrittenByTheFlushAndShownByTheCopy() {
    StaffMember created =
        db.inTransaction(em -> Fixtures.staff(em, Fixtures.school(em), "Flushed", JobRole.TA));
    int shown =
        db.inTransaction(
            em -> {
              StaffMember person = em.find(StaffMember.class, created.getId());
              em.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
              em.flush();
              return person.getRowVersion();
            });
    assertEquals(created.getRowVersion() + 1, shown);
    assertEquals(shown, version(created.getId()), "the answer's ETag is the saved version");
  }

  @Test
  void savingACopyReadBeforeSomeoneElsesSaveIsRefused() {
    StaffMember created =
        db.inTransaction(em -> Fixtures.staff(em, Fixtures.school(em), "Stale", JobRole.TA));
    EntityManager mine = db.emf().createEntityManager();
    try {
      mine.getTransaction().begin();
      StaffMember myCopy = mine.find(StaffMember.class, created.getId());
      db.run(em -> em.find(StaffMember.class, created.getId()).setTeam("Theirs"));
      myCopy.setTeam("Mine");
      RollbackException refused =
          assertThrows(RollbackException.class, () -> mine.getTransaction().commit());
      assertTrue(DatabaseConflicts.isStaleWrite(refused), refused.toString());
    } finally {
      if (mine.getTransaction().isActive()) {
        mine.getTransaction().rollback();
      }
      mine.close();
    }
    assertEquals(
        "Theirs", db.inTransaction(em -> em.find(StaffMember.class, created.getId()).getTeam()));
    assertEquals(created.getRowVersion() + 1, version(created.getId()));
  }

  @Test
  void signingInRecordsTheTimeWithoutRaisingTheVersion() {
    UserAccount account =
        db.inTransaction(
            em -> {
              UserAccount a = new UserAccount(Fixtures.unique("login"), "hash", null);
              em.persist(a);
              return a;
            });
    Instant at = Instant.parse("2026-12-01T10:42:00Z");
    db.run(em -> DatabaseIdentityStore.recordLogin(em, account.getId(), at));
    UserAccount read = db.inTransaction(em -> em.find(UserAccount.class, account.getId()));
    assertEquals(at, read.getLastLoginAt());
    assertEquals(account.getRowVersion(), read.getRowVersion());
  }

  int version(long staffId) {
    return db.inTransaction(em -> em.find(StaffMember.class, staffId).getRowVersion());
  }
}
