package org.sendcpd.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.notifications.entity.Notification;
import org.sendcpd.notifications.entity.NotificationKind;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.testing.RecordedEvents;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;

/** Lapse reminders are written once per certificate and expiry, however often the check runs. */
class LapseRemindersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  /** Collects what would be emailed. */
  static LapseReminders reminders(EntityManager em, RecordedEvents<NotificationCreated> fired) {
    Notifications notifications = new Notifications();
    notifications.em = em;
    notifications.created = fired;
    LapseReminders reminders = new LapseReminders();
    reminders.em = em;
    reminders.notifications = notifications;
    return reminders;
  }

  record Setup(StaffMember person, long lapsing, long expired) {}

  static Setup certificates() {
    return db.inTransaction(
        em -> {
          School school = Fixtures.school(em);
          StaffMember person = Fixtures.staff(em, school, "Marsh", JobRole.TA);
          Competence firstAid = Fixtures.competence(em);
          Course course =
              new Course(
                  null, "Paediatric first aid", DeliveryType.SPECIALIST_EXTERNAL, BigDecimal.TEN);
          course.setValidityMonths(36);
          course.addOutcome(firstAid, 1);
          em.persist(course);
          CpdRecord lapsing =
              CpdRecord.ofCourse(
                  person, course, TODAY.minusYears(3).plusDays(35), RecordSource.SELF_LOGGED);
          CpdRecord expired =
              CpdRecord.ofCourse(person, course, TODAY.minusYears(4), RecordSource.SELF_LOGGED);
          lapsing.verify("eleanor.shah", TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
          expired.verify("eleanor.shah", TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
          em.persist(lapsing);
          em.persist(expired);
          em.flush();
          return new Setup(person, lapsing.getId(), expired.getId());
        });
  }

  @Test
  void aLapsingCertificateIsRemindedOnceAndAnExpiredOneNotAtAll() {
    Setup setup = certificates();
    RecordedEvents<NotificationCreated> fired = new RecordedEvents<>();

    int first = db.inTransaction(em -> reminders(em, fired).remind(setup.person(), TODAY, 90));
    int again = db.inTransaction(em -> reminders(em, fired).remind(setup.person(), TODAY, 90));
    int tomorrow =
        db.inTransaction(em -> reminders(em, fired).remind(setup.person(), TODAY.plusDays(1), 90));

    assertEquals(1, first);
    assertEquals(0, again);
    assertEquals(0, tomorrow);
    assertEquals(1, fired.fired.size());
    List<Notification> written =
        db.inTransaction(
            em ->
                em.createNamedQuery(Notification.FIND_BY_RECIPIENT, Notification.class)
                    .setParameter("recipientId", setup.person().getId())
                    .getResultList());
    assertEquals(1, written.size());
    Notification reminder = written.get(0);
    assertEquals(NotificationKind.CERTIFICATE_LAPSING, reminder.getKind());
    String expiry =
        TODAY.plusDays(35).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertTrue(reminder.getMessage().contains("lapses on " + expiry), reminder.getMessage());
    assertEquals("lapse:" + setup.lapsing() + ":" + TODAY.plusDays(35), reminder.getSubjectKey());
    assertFalse(reminder.isRead());
    assertEquals(setup.person().getEmail(), fired.fired.get(0).email());
  }

  @Test
  void outsideTheWindowNothingIsWritten() {
    Setup setup = certificates();

    int written =
        db.inTransaction(
            em -> reminders(em, new RecordedEvents<>()).remind(setup.person(), TODAY, 30));

    assertEquals(0, written);
  }
}
