package org.sendcpd.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;
import static org.sendcpd.organisation.entity.SecurityRole.STAFF;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.control.CpdDraft.Claim;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.RecordStatus;

/** The rules of logging, changing, verifying and rejecting CPD, on a migrated database. */
class CpdRecordsTest {

  static JpaTestDatabase db;

  @TempDir Path evidence;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  /** A school with a TA, another TA, its SENCO and head; a three-level competence. */
  record School1(long school, String code, String ta, String otherTa, String senco, String head) {}

  School1 school() {
    return db.inTransaction(
        em -> {
          School school = Fixtures.school(em);
          Competence competence = Fixtures.competence(em);
          String ta = account(em, school, JobRole.TA);
          String otherTa = account(em, school, JobRole.TA);
          String senco = account(em, school, JobRole.SENCO);
          String head = account(em, school, JobRole.HEADTEACHER);
          em.flush();
          return new School1(school.getId(), competence.getCode(), ta, otherTa, senco, head);
        });
  }

  static String account(EntityManager em, School school, JobRole role) {
    StaffMember person = Fixtures.staff(em, school, "Person", role);
    String username = Fixtures.unique("user");
    em.persist(new UserAccount(username, "not-a-hash", person));
    return username;
  }

  <T> T as(String username, List<SecurityRole> roles, Function<Controls, T> work) {
    return db.inTransaction(
        em -> work.apply(Controls.as(em, evidence, username, roles.toArray(SecurityRole[]::new))));
  }

  CpdDraft draft(String code, int level, LocalDate completedOn) {
    return new CpdDraft(
        null,
        null,
        "Makaton level 1",
        "Makaton Charity",
        DeliveryType.SPECIALIST_EXTERNAL,
        completedOn,
        new BigDecimal("6.00"),
        new BigDecimal("95.00"),
        List.of(new Claim(code, level)),
        "I sign key words at snack time now");
  }

  long logAs(String username, CpdDraft draft) {
    return as(username, List.of(STAFF), c -> c.records().log(draft).getId());
  }

  CpdRecord read(long id) {
    return db.inTransaction(
        em -> {
          CpdRecord r = em.find(CpdRecord.class, id);
          r.getOutcomes().size();
          r.getEvidence().size();
          return r;
        });
  }

  @Test
  void aTeachingAssistantLogsTheirOwnCpdWhichWaitsForVerification() {
    School1 s = school();
    long id = logAs(s.ta(), draft(s.code(), 2, LocalDate.now().minusDays(3)));

    CpdRecord record = read(id);
    assertEquals(RecordStatus.SELF_LOGGED, record.getStatus());
    assertEquals(RecordSource.SELF_LOGGED, record.getSource());
    assertEquals(2, record.getOutcomes().get(0).getLevelRank());
    assertEquals(new BigDecimal("95.00"), record.getCost());
    assertEquals(1L, audited("CPD_LOGGED", id));
  }

  @Test
  void badClaimsAndFutureDatesAreRefusedFieldByField() {
    School1 s = school();
    InvalidInputException future =
        assertThrows(
            InvalidInputException.class,
            () -> logAs(s.ta(), draft(s.code(), 1, LocalDate.now().plusDays(1))));
    assertTrue(future.details().toString().contains("completedOn"), future.details().toString());

    InvalidInputException offLadder =
        assertThrows(
            InvalidInputException.class, () -> logAs(s.ta(), draft(s.code(), 4, LocalDate.now())));
    assertTrue(offLadder.details().toString().contains("levels 1 to 3"));

    assertThrows(
        InvalidInputException.class, () -> logAs(s.ta(), draft("NO-SUCH", 1, LocalDate.now())));
  }

  @Test
  void staffLogOnlyForThemselvesAndASencosEntryForOthersIsVerifiedAtOnce() {
    School1 s = school();
    long otherTa = staffOf(s.otherTa());
    CpdDraft forOther = withStaff(draft(s.code(), 1, LocalDate.now()), otherTa);

    assertThrows(AccessDeniedException.class, () -> logAs(s.ta(), forOther));

    long id = as(s.senco(), List.of(STAFF, SENCO), c -> c.records().log(forOther).getId());
    CpdRecord record = read(id);
    assertEquals(RecordSource.LOGGED_BY_SENCO, record.getSource());
    assertEquals(RecordStatus.VERIFIED, record.getStatus());
    assertEquals(s.senco(), record.getVerifiedBy());
  }

  @Test
  void theOwnerChangesAPendingRecordButNoOneChangesADecidedOne() {
    School1 s = school();
    long id = logAs(s.ta(), draft(s.code(), 1, LocalDate.now()));
    CpdDraft better = draft(s.code(), 2, LocalDate.now().minusDays(1));

    assertThrows(
        AccessDeniedException.class,
        () -> as(s.otherTa(), List.of(STAFF), c -> c.records().revise(id, better)));
    as(s.ta(), List.of(STAFF), c -> c.records().revise(id, better));
    assertEquals(2, read(id).getOutcomes().get(0).getLevelRank());
    assertEquals(1L, audited("CPD_REVISED", id));
    String revised = detail("CPD_REVISED", id);
    String code = s.code();
    assertTrue(
        revised.contains("completedOn: " + LocalDate.now() + " -> " + LocalDate.now().minusDays(1)),
        revised);
    assertTrue(revised.contains("outcomes: [" + code + ":1] -> [" + code + ":2]"), revised);

    as(s.senco(), List.of(STAFF, SENCO), c -> c.verification().verify(id, null));
    assertTrue(detail("CPD_VERIFIED", id).startsWith("status: SELF_LOGGED -> VERIFIED"));
    assertThrows(
        ConflictException.class,
        () -> as(s.ta(), List.of(STAFF), c -> c.records().revise(id, better)));
  }

  @Test
  void theSencoOrHeadOfTheSchoolVerifiesOnceAndNeverTheirOwnRecord() {
    School1 s = school();
    School1 elsewhere = school();
    long id = logAs(s.ta(), draft(s.code(), 1, LocalDate.now()));

    assertThrows(
        AccessDeniedException.class,
        () -> as(s.otherTa(), List.of(STAFF), c -> c.verification().verify(id, null)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(elsewhere.senco(), List.of(STAFF, SENCO), c -> c.verification().verify(id, null)));
    as(s.head(), List.of(STAFF, HEAD), c -> c.verification().verify(id, null));
    CpdRecord verified = read(id);
    assertEquals(RecordStatus.VERIFIED, verified.getStatus());
    assertEquals(s.head(), verified.getVerifiedBy());
    assertNotNull(verified.getVerifiedAt());
    assertThrows(
        ConflictException.class,
        () -> as(s.senco(), List.of(STAFF, SENCO), c -> c.verification().verify(id, null)));

    long own = logAs(s.senco(), draft(s.code(), 1, LocalDate.now()));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.senco(), List.of(STAFF, SENCO), c -> c.verification().verify(own, null)));
  }

  @Test
  void aRejectionNeedsAReasonThePersonCanRead() {
    School1 s = school();
    long id = logAs(s.ta(), draft(s.code(), 3, LocalDate.now()));
    assertThrows(
        InvalidInputException.class,
        () -> as(s.senco(), List.of(STAFF, SENCO), c -> c.verification().reject(id, "  ", null)));
    assertEquals(RecordStatus.SELF_LOGGED, read(id).getStatus());

    as(
        s.senco(),
        List.of(STAFF, SENCO),
        c -> c.verification().reject(id, "Level 3 needs more", null));
    assertEquals("Level 3 needs more", read(id).getRejectionReason());
    assertEquals(1L, audited("CPD_REJECTED", id));
  }

  @Test
  void theQueueHoldsTheSchoolsPendingRecordsAndStaffReadOnlyTheirOwn() {
    School1 s = school();
    long pending = logAs(s.ta(), draft(s.code(), 1, LocalDate.now()));
    long decided = logAs(s.ta(), draft(s.code(), 1, LocalDate.now()));
    as(s.senco(), List.of(STAFF, SENCO), c -> c.verification().verify(decided, null));

    List<Long> queue =
        as(
            s.senco(),
            List.of(STAFF, SENCO),
            c -> c.verification().pending(s.school()).stream().map(CpdRecord::getId).toList());
    assertEquals(List.of(pending), queue);
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.ta(), List.of(STAFF), c -> c.verification().pending(s.school())));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.otherTa(), List.of(STAFF), c -> c.records().find(pending)));
    long ta = staffOf(s.ta());
    int ledger = as(s.ta(), List.of(STAFF), c -> c.records().ofStaff(ta).size());
    assertEquals(2, ledger);
  }

  @Test
  void aRefusedCertificateStoresNeitherTheRecordNorAFile() throws Exception {
    School1 s = school();
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4};
    long before = count("SELECT COUNT(r) FROM CpdRecord r");

    assertThrows(
        InvalidInputException.class,
        () ->
            as(
                s.ta(),
                List.of(STAFF),
                c ->
                    c.records()
                        .log(
                            draft(s.code(), 1, LocalDate.now()),
                            new ByteArrayInputStream(exe),
                            "certificate.pdf")));

    assertEquals(before, count("SELECT COUNT(r) FROM CpdRecord r"));
    try (var files = Files.list(evidence)) {
      assertEquals(0, files.count());
    }
  }

  long staffOf(String username) {
    return db.inTransaction(
        em ->
            em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getSingleResult()
                .getStaffMember()
                .getId());
  }

  static CpdDraft withStaff(CpdDraft d, long staffId) {
    return new CpdDraft(
        staffId,
        d.courseId(),
        d.title(),
        d.provider(),
        d.delivery(),
        d.completedOn(),
        d.hours(),
        d.cost(),
        d.outcomes(),
        d.reflection());
  }

  long audited(String action, long recordId) {
    return db.inTransaction(
        em ->
            em.createQuery(
                    "SELECT COUNT(a) FROM AuditEvent a WHERE a.action = :action"
                        + " AND a.entityId = :id",
                    Long.class)
                .setParameter("action", action)
                .setParameter("id", recordId)
                .getSingleResult());
  }

  String detail(String action, long recordId) {
    return db.inTransaction(
        em ->
            em.createQuery(
                    "SELECT a.detail FROM AuditEvent a WHERE a.action = :action"
                        + " AND a.entityId = :id",
                    String.class)
                .setParameter("action", action)
                .setParameter("id", recordId)
                .getSingleResult());
  }

  long count(String jpql) {
    return db.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
  }
}
