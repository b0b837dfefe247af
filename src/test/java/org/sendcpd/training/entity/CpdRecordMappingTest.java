package org.sendcpd.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

class CpdRecordMappingTest {

  static final String SHA = "ab".repeat(32);

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  Catalogue.Courses catalogue() {
    return Catalogue.of(db);
  }

  @Test
  void cpdRecordsWithOutcomesAndEvidenceRoundTrip() {
    Catalogue.Courses c = catalogue();
    Instant verifiedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    LocalDate completed = LocalDate.of(2026, 10, 1);
    StaffMember ta =
        db.inTransaction(
            em -> {
              StaffMember person = Fixtures.staff(em, c.school(), "Ledger", JobRole.TA);
              Course shared = em.merge(c.shared());
              CpdRecord verified =
                  CpdRecord.ofCourse(person, shared, completed, RecordSource.REGISTER);
              verified.setReflection("I now use now-and-next boards in maths");
              verified.verify("senco", verifiedAt);
              em.persist(verified);
              verified.addEvidence(
                  new Evidence(
                      verified,
                      "certificate.pdf",
                      "application/pdf",
                      48_213,
                      "0f8e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
                      SHA,
                      verifiedAt,
                      "ledger"));
              CpdRecord pending =
                  new CpdRecord(
                      person,
                      "Makaton level 1",
                      DeliveryType.ONLINE,
                      completed.plusDays(5),
                      new BigDecimal("3.00"),
                      RecordSource.SELF_LOGGED);
              pending.addOutcome(em.merge(c.autism()), 1);
              em.persist(pending);
              CpdRecord rejected =
                  new CpdRecord(
                      person,
                      "A webinar",
                      DeliveryType.ONLINE,
                      completed.minusDays(5),
                      BigDecimal.ONE,
                      RecordSource.SELF_LOGGED);
              rejected.addOutcome(em.merge(c.send()), 3);
              rejected.reject("senco", verifiedAt, "no evidence of the specialist level");
              em.persist(rejected);
              return person;
            });

    db.run(
        em -> {
          List<CpdRecord> ledger =
              em.createNamedQuery(CpdRecord.FIND_BY_STAFF, CpdRecord.class)
                  .setParameter("staffId", ta.getId())
                  .getResultList();
          assertEquals(
              List.of("Makaton level 1", "Autism good practice", "A webinar"),
              ledger.stream().map(CpdRecord::getTitle).toList(),
              "newest first");
          CpdRecord verified = ledger.get(1);
          assertEquals(RecordStatus.VERIFIED, verified.getStatus());
          assertEquals(RecordSource.REGISTER, verified.getSource());
          assertEquals(verifiedAt, verified.getVerifiedAt());
          assertEquals(completed.plusMonths(24), verified.getExpiresOn());
          assertEquals(new BigDecimal("6.50"), verified.getHours());
          assertEquals(new BigDecimal("120.00"), verified.getCost());
          assertEquals(c.shared().getId(), verified.getCourse().getId());
          assertEquals(2, verified.getOutcomes().size());
          Evidence certificate = verified.getEvidence().get(0);
          assertEquals(48_213, certificate.getSizeBytes());
          assertEquals(SHA, certificate.getSha256());
          assertEquals(
              certificate.getId(),
              em.createNamedQuery(Evidence.FIND_BY_STORED_NAME, Evidence.class)
                  .setParameter("storedName", certificate.getStoredName())
                  .getSingleResult()
                  .getId());
          assertEquals(
              1,
              em.createNamedQuery(Evidence.FIND_BY_RECORD, Evidence.class)
                  .setParameter("recordId", verified.getId())
                  .getResultList()
                  .size());
          assertEquals("no evidence of the specialist level", ledger.get(2).getRejectionReason());

          assertEquals(
              3,
              em.createNamedQuery(CpdRecord.FIND_BY_SCHOOL, CpdRecord.class)
                  .setParameter("schoolId", c.school().getId())
                  .getResultList()
                  .size());
          List<CpdRecord> pending =
              em.createNamedQuery(CpdRecord.FIND_PENDING_BY_SCHOOL, CpdRecord.class)
                  .setParameter("schoolId", c.school().getId())
                  .getResultList();
          assertEquals(
              List.of("Makaton level 1"), pending.stream().map(CpdRecord::getTitle).toList());
        });
  }

  @Test
  void theGapEngineLoadsAWholeSchoolsHeldAndPendingOutcomesInOneQuery() {
    Catalogue.Courses c = catalogue();
    db.run(
        em -> {
          for (String name : List.of("Ash", "Birch", "Cedar")) {
            StaffMember person = Fixtures.staff(em, c.school(), name, JobRole.TA);
            CpdRecord held =
                CpdRecord.ofCourse(
                    person, em.merge(c.shared()), LocalDate.of(2026, 1, 5), RecordSource.REGISTER);
            held.verify("senco", Instant.now());
            em.persist(held);
            CpdRecord pending =
                CpdRecord.ofCourse(
                    person, em.merge(c.own()), LocalDate.of(2026, 2, 5), RecordSource.SELF_LOGGED);
            em.persist(pending);
            CpdRecord rejected =
                CpdRecord.ofCourse(
                    person, em.merge(c.own()), LocalDate.of(2026, 3, 5), RecordSource.SELF_LOGGED);
            rejected.reject("senco", Instant.now(), "duplicate");
            em.persist(rejected);
          }
          CpdRecord otherSchool =
              CpdRecord.ofCourse(
                  Fixtures.staff(em, Fixtures.school(em), "Elm", JobRole.TA),
                  em.merge(c.own()),
                  LocalDate.of(2026, 1, 5),
                  RecordSource.REGISTER);
          em.persist(otherSchool);
        });
    db.run(
        em -> {
          List<CpdOutcome> outcomes =
              em.createNamedQuery(CpdOutcome.FIND_VERIFIED_OR_PENDING_BY_SCHOOL, CpdOutcome.class)
                  .setParameter("schoolId", c.school().getId())
                  .getResultList();
          assertEquals(9, outcomes.size(), "3 people x (2 held + 1 pending)");
          long held =
              outcomes.stream()
                  .filter(o -> o.getRecord().isHeldOn(LocalDate.of(2026, 6, 1)))
                  .count();
          long pending = outcomes.stream().filter(o -> o.getRecord().isPending()).count();
          assertEquals(6, held);
          assertEquals(3, pending);
          assertEquals(
              3,
              outcomes.stream()
                  .map(o -> o.getRecord().getStaffMember().getId())
                  .distinct()
                  .count());
        });
  }

  @Test
  void evidenceStoredNamesCannotBePaths() {
    Catalogue.Courses c = catalogue();
    assertThrows(
        ConstraintViolationException.class,
        () ->
            db.run(
                em -> {
                  CpdRecord record =
                      CpdRecord.ofCourse(
                          Fixtures.staff(em, c.school(), "Path", JobRole.TA),
                          em.merge(c.own()),
                          LocalDate.of(2026, 1, 5),
                          RecordSource.SELF_LOGGED);
                  record.addEvidence(
                      new Evidence(
                          record,
                          "x.pdf",
                          "application/pdf",
                          1,
                          "../../etc/passwd-aaaaaaaa",
                          SHA,
                          Instant.now(),
                          "path"));
                  em.persist(record);
                }));
  }
}
