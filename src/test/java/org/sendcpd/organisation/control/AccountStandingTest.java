package org.sendcpd.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AccountsVersion;
import org.sendcpd.testing.JpaTestDatabase;

/**
 * A caller's account is read once and kept until an account or staff record is written through the
 * persistence unit, by entity or in bulk SQL; recording a sign-in's time is not such a write.
 */
class AccountStandingTest {

  static final AtomicInteger URNS = new AtomicInteger(700_000);

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
    AccountWrites.watch(db.emf());
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void theAccountIsKeptUntilAnAccountIsWritten() throws SQLException {
    String username = "kept" + System.nanoTime();
    long id = db.inTransaction(em -> account(em, username));
    AccountStanding standing = standing();
    assertTrue(standing.of(username).orElseThrow().enabled());

    // behind the persistence unit's back, as no part of the application writes: still kept
    sql("UPDATE user_account SET enabled = FALSE WHERE id = ?", id);
    assertTrue(standing.of(username).orElseThrow().enabled(), "read again without a change");

    long before = AccountsVersion.current();
    db.run(em -> em.find(UserAccount.class, id).setMustChangePassword(true));
    assertTrue(AccountsVersion.current() > before, "an entity write moves the version");
    assertTrue(standing.of(username).orElseThrow().mustChangePassword());
    assertFalse(standing.of(username).orElseThrow().enabled(), "read again, all of it");
  }

  @Test
  void bulkWritesToAccountsCountAndASignInsTimeDoesNot() {
    String username = "bulk" + System.nanoTime();
    long id = db.inTransaction(em -> account(em, username));
    AccountStanding standing = standing();
    assertTrue(standing.of(username).orElseThrow().enabled());

    long before = AccountsVersion.current();
    db.run(em -> DatabaseIdentityStore.recordLogin(em, id, Instant.now()));
    assertEquals(before, AccountsVersion.current(), "a sign-in is not a change of the account");

    db.run(
        em ->
            em.createNativeQuery(UserAccount.DISABLE_IF_ENABLED)
                .setParameter(1, id)
                .executeUpdate());
    assertTrue(AccountsVersion.current() > before, "a bulk write moves the version");
    assertFalse(standing.of(username).orElseThrow().enabled());
  }

  @Test
  void aChangedLeavingDateIsSeenOnTheNextAsk() {
    String username = "leaver" + System.nanoTime();
    long id = db.inTransaction(em -> account(em, username));
    AccountStanding standing = standing();
    assertEquals(null, standing.of(username).orElseThrow().leftOn());

    db.run(
        em ->
            em.find(UserAccount.class, id).getStaffMember().setLeftDate(LocalDate.of(2026, 12, 1)));
    assertEquals(LocalDate.of(2026, 12, 1), standing.of(username).orElseThrow().leftOn());
  }

  private static AccountStanding standing() {
    AccountStanding standing = new AccountStanding();
    standing.em = db.emf().createEntityManager();
    return standing;
  }

  private static long account(EntityManager em, String username) {
    String urn = String.valueOf(URNS.incrementAndGet());
    School school = new School("Standing " + urn, urn, SchoolPhase.PRIMARY);
    em.persist(school);
    StaffMember person =
        new StaffMember(school, "Kit", username, username + "@standing.example", JobRole.TA);
    em.persist(person);
    UserAccount account = new UserAccount(username, "hash", person);
    em.persist(account);
    em.flush();
    return account.getId();
  }

  private static void sql(String update, long id) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement(update)) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }
}
