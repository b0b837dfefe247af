package org.sendcpd.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.entity.AuditEventMappingTest;
import org.sendcpd.training.entity.CpdOutcome;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;

/**
 * The same migrations build the same schema on PostgreSQL 15, the trust set-up's database. Runs
 * only when {@code CPD_TEST_PG_URL} (with {@code CPD_TEST_PG_USER} and {@code
 * CPD_TEST_PG_PASSWORD}) names a database the user may create schemas in; each run works in a new
 * schema and drops it.
 */
class PostgresMigrationTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    String url = System.getenv("CPD_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "CPD_TEST_PG_URL is not set");
    db =
        JpaTestDatabase.postgres(
            url, System.getenv("CPD_TEST_PG_USER"), System.getenv("CPD_TEST_PG_PASSWORD"));
  }

  @AfterAll
  static void drop() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void everyMigrationRuns() throws java.io.IOException {
    assertEquals(shippedVersions(), db.migratedVersions());
  }

  /**
   * The versions of the migrations the build ships, in order: V3__x.sql -> "3"; a Java migration
   * (V8__x.class, for SQL that differs between the databases) counts too.
   */
  static List<String> shippedVersions() throws java.io.IOException {
    try (var files =
        java.nio.file.Files.list(java.nio.file.Path.of("target/classes/db/migration"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("V\\d+__[^$]*\\.(sql|class)"))
          .map(n -> n.substring(1, n.indexOf("__")))
          .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
          .toList();
    }
  }

  @Test
  void mappedColumnsAreExactlyTheMigratedColumns() throws SQLException {
    Map<String, Set<String>> mapped = MappedSchema.mapped(db.emf());
    try (Connection connection = db.connect()) {
      Map<String, Set<String>> migrated = MappedSchema.migrated(connection, db.schema());
      assertEquals(migrated.keySet(), mapped.keySet(), "tables");
      migrated.forEach((table, columns) -> assertEquals(columns, mapped.get(table), table));
    }
  }

  @Test
  void theAuditLogIsInsertOnly() {
    AuditEventMappingTest.assertInsertOnly(db);
  }

  @Test
  void everyNamedQueryParsesAndRuns() {
    assertTrue(db.inTransaction(NamedQueries::runAll).size() >= 40);
  }

  @Test
  void aVerifiedRecordRoundTrips() {
    Instant verifiedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    StaffMember ta =
        db.inTransaction(
            em -> {
              StaffMember person = Fixtures.staff(em, Fixtures.school(em), "Pg", JobRole.TA);
              Competence competence = Fixtures.competence(em);
              CpdRecord record =
                  new CpdRecord(
                      person,
                      "Makaton",
                      DeliveryType.ONLINE,
                      LocalDate.of(2026, 10, 1),
                      new BigDecimal("2.50"),
                      RecordSource.SELF_LOGGED);
              record.addOutcome(competence, 2);
              record.verify("senco", verifiedAt);
              em.persist(record);
              return person;
            });
    db.run(
        em -> {
          List<CpdOutcome> outcomes =
              em.createNamedQuery(CpdOutcome.FIND_VERIFIED_OR_PENDING_BY_SCHOOL, CpdOutcome.class)
                  .setParameter("schoolId", ta.getSchool().getId())
                  .getResultList();
          assertEquals(1, outcomes.size());
          CpdRecord record = outcomes.get(0).getRecord();
          assertEquals(verifiedAt, record.getVerifiedAt());
          assertEquals(new BigDecimal("2.50"), record.getHours());
          assertTrue(record.isHeldOn(LocalDate.of(2026, 10, 1)));
        });
  }
}
