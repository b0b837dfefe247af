package org.sendcpd.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendcpd.framework.entity.Area;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;
import org.sendcpd.organisation.entity.StaffMember;

class CpdRecordTest {

  static final LocalDate COMPLETED = LocalDate.of(2025, 3, 15);
  static final Instant NOW = Instant.parse("2025-03-20T10:00:00Z");

  StaffMember ta =
      new StaffMember(
          new School("Oak", "100001", SchoolPhase.PRIMARY), "Bea", "Ta", "b@x.example", JobRole.TA);

  CpdRecord record(Integer validityMonths) {
    CpdRecord record =
        new CpdRecord(
            ta,
            "Team Teach level 1",
            DeliveryType.SPECIALIST_EXTERNAL,
            COMPLETED,
            new BigDecimal("6.00"),
            RecordSource.SELF_LOGGED);
    record.setExpiresOn(CpdRecord.expiryOf(COMPLETED, validityMonths));
    return record;
  }

  CpdRecord verified(Integer validityMonths) {
    CpdRecord record = record(validityMonths);
    record.verify("senco", NOW);
    return record;
  }

  @Test
  void expiryIsCompletionPlusValidityAndEmptyValidityNeverExpires() {
    assertEquals(LocalDate.of(2027, 3, 15), CpdRecord.expiryOf(COMPLETED, 24));
    assertEquals(LocalDate.of(2025, 2, 28), CpdRecord.expiryOf(LocalDate.of(2024, 2, 29), 12));
    assertNull(CpdRecord.expiryOf(COMPLETED, null));
  }

  @Test
  void verifiedRecordIsHeldFromCompletionUntilTheDayBeforeExpiry() {
    CpdRecord record = verified(12);
    assertTrue(record.isHeldOn(COMPLETED), "held on the day of completion");
    assertTrue(record.isHeldOn(LocalDate.of(2026, 3, 14)), "held the day before expiry");
    assertFalse(record.isHeldOn(LocalDate.of(2026, 3, 15)), "expired on the expiry date itself");
    assertFalse(record.isHeldOn(LocalDate.of(2026, 9, 1)), "expired after");
  }

  @Test
  void completionAfterTheReferenceDateDoesNotCount() {
    CpdRecord record = verified(null);
    assertFalse(record.isHeldOn(COMPLETED.minusDays(1)));
    assertTrue(record.isHeldOn(COMPLETED.plusYears(20)), "no validity: never expires");
  }

  @Test
  void pendingRecordIsNeverHeld() {
    CpdRecord record = record(null);
    assertTrue(record.isPending());
    assertFalse(record.isHeldOn(COMPLETED.plusDays(1)));
  }

  @Test
  void rejectedRecordIsNeitherHeldNorPending() {
    CpdRecord record = record(null);
    record.reject("senco", NOW, "certificate is for another person");
    assertEquals(RecordStatus.REJECTED, record.getStatus());
    assertEquals("certificate is for another person", record.getRejectionReason());
    assertEquals("senco", record.getVerifiedBy());
    assertFalse(record.isPending());
    assertFalse(record.isHeldOn(COMPLETED.plusDays(1)));
  }

  @Test
  void verifyingRecordsWhoAndWhen() {
    CpdRecord record = verified(null);
    assertEquals(RecordStatus.VERIFIED, record.getStatus());
    assertEquals("senco", record.getVerifiedBy());
    assertEquals(NOW, record.getVerifiedAt());
    assertFalse(record.isPending());
  }

  @Test
  void onlyPendingRecordsCanBeVerifiedOrRejected() {
    CpdRecord verified = verified(null);
    assertThrows(IllegalStateException.class, () -> verified.verify("senco", NOW));
    assertThrows(IllegalStateException.class, () -> verified.reject("senco", NOW, "late doubt"));
    assertEquals(RecordStatus.VERIFIED, verified.getStatus());

    CpdRecord rejected = record(null);
    rejected.reject("senco", NOW, "no certificate");
    assertThrows(IllegalStateException.class, () -> rejected.verify("senco", NOW));
    assertThrows(IllegalStateException.class, () -> rejected.reject("senco", NOW, "again"));
    assertEquals("no certificate", rejected.getRejectionReason());
  }

  @Test
  void rejectionNeedsAReason() {
    CpdRecord record = record(null);
    assertThrows(IllegalArgumentException.class, () -> record.reject("senco", NOW, " "));
    assertTrue(record.isPending());
  }

  @Test
  void recordOfACourseTakesItsDetailsOutcomesAndExpiry() {
    Course course =
        new Course(null, "Paediatric first aid", DeliveryType.SPECIALIST_EXTERNAL, BigDecimal.TEN);
    course.setValidityMonths(36);
    course.setProvider("First Aid Co");
    course.setCostPerPlace(new BigDecimal("85.00"));
    SkillsFramework framework = new SkillsFramework("Medical", "1", "ours");
    Competence firstAid =
        new Competence(new Area(framework, "MED", "Medical needs", 1), "MED-01", "First aid", 1);
    course.addOutcome(firstAid, 1);
    CpdRecord record = CpdRecord.ofCourse(ta, course, COMPLETED, RecordSource.REGISTER);
    assertEquals("Paediatric first aid", record.getTitle());
    assertEquals("First Aid Co", record.getProvider());
    assertEquals(new BigDecimal("85.00"), record.getCost());
    assertEquals(LocalDate.of(2028, 3, 15), record.getExpiresOn());
    assertEquals(course, record.getCourse());
    assertEquals(1, record.getOutcomes().size());
    assertEquals(firstAid, record.getOutcomes().get(0).getCompetence());
    assertEquals(record, record.getOutcomes().get(0).getRecord());
    assertTrue(record.isPending());
  }
}
