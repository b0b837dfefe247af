package org.sendcpd.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.entity.AuditEvent;
import org.sendcpd.testing.JpaTestDatabase;

/** The nightly run against the migrated schema: who is closed, once, and what the log says. */
class LeaversTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

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
  void theNightlyRunClosesTheAccountsOfThoseWhoseDateHasComeOnce() {
    long[] ids =
        db.inTransaction(
            em -> {
              School school =
                  new School("Leavers " + System.nanoTime(), "123456", SchoolPhase.PRIMARY);
              em.persist(school);
              return new long[] {
                account(em, school, "today", TODAY),
                account(em, school, "yesterday", TODAY.minusDays(1)),
                account(em, school, "tomorrow", TODAY.plusDays(1)),
                account(em, school, "stays", null)
              };
            });

    int closed = db.inTransaction(em -> leavers(em).closeAccountsOfLeavers(TODAY));
    int again = db.inTransaction(em -> leavers(em).closeAccountsOfLeavers(TODAY));

    assertEquals(2, closed);
    assertEquals(0, again, "a second run, as on another instance of a cluster, closes nothing");
    db.run(
        em -> {
          assertFalse(em.find(UserAccount.class, ids[0]).isEnabled(), "leaves today");
          assertFalse(em.find(UserAccount.class, ids[1]).isEnabled(), "left yesterday");
          assertTrue(em.find(UserAccount.class, ids[2]).isEnabled(), "leaves tomorrow");
          assertTrue(em.find(UserAccount.class, ids[3]).isEnabled(), "no leaving date");
          List<AuditEvent> rows =
              em.createNamedQuery(AuditEvent.FIND_BY_ENTITY, AuditEvent.class)
                  .setParameter("entityType", "UserAccount")
                  .setParameter("entityId", ids[0])
                  .getResultList();
          assertEquals(1, rows.size());
          assertEquals("ACCOUNT_DISABLED", rows.get(0).getAction());
          assertEquals("system", rows.get(0).getActor());
          assertTrue(
              rows.get(0)
                  .getDetail()
                  .matches("enabled: true -> false; staff \\d+ left on " + TODAY),
              rows.get(0).getDetail());
        });
  }

  @Test
  void aLeavingDateOfTodayOrEarlierCountsAsLeft() {
    assertTrue(Leavers.hasLeft(TODAY, TODAY));
    assertTrue(Leavers.hasLeft(TODAY.minusDays(1), TODAY));
    assertFalse(Leavers.hasLeft(TODAY.plusDays(1), TODAY));
    assertFalse(Leavers.hasLeft((LocalDate) null, TODAY));
  }

  private static long account(EntityManager em, School school, String name, LocalDate left) {
    StaffMember person =
        new StaffMember(
            school, "Lee", name, name + System.nanoTime() + "@leavers.example", JobRole.TA);
    person.setLeftDate(left);
    em.persist(person);
    UserAccount account = new UserAccount(name + System.nanoTime(), "hash", person);
    em.persist(account);
    em.flush();
    return account.getId();
  }

  private static Leavers leavers(EntityManager em) {
    AuditLog audit = new AuditLog();
    set(audit, "em", em);
    Leavers leavers = new Leavers();
    leavers.em = em;
    leavers.audit = audit;
    leavers.verified = new VerifiedCredentials();
    return leavers;
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
