package org.sendcpd.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.training.control.RegisterServiceTest.LAST_WEEK;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.control.BookingServiceTest.Scene;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.TrainingSession;

/**
 * A collaborative session's register: a coaching pairing where the coach leads and the coachee
 * attends gives both a verified record, each with the hours they spent; an in-house session keeps
 * the course's hours; hours outside (0, 24] are refused.
 */
class CollaborativeRegisterTest {

  @BeforeAll
  static void migrate() {
    BookingServiceTest.db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    BookingServiceTest.db.close();
  }

  /** A coaching session last week led by the scene's first TA, with the second booked. */
  static long coaching(Scene s) {
    long t =
        BookingServiceTest.db.inTransaction(
            em -> {
              Course course =
                  new Course(
                      em.find(School.class, s.school()),
                      "Coaching: questioning",
                      DeliveryType.COACHING,
                      new BigDecimal("1.00"));
              em.persist(course);
              TrainingSession session =
                  new TrainingSession(
                      course,
                      em.find(School.class, s.school()),
                      LAST_WEEK,
                      LAST_WEEK.plusMinutes(60),
                      "Room 4",
                      2);
              session.setFacilitator(em.find(StaffMember.class, s.tas().get(0)));
              em.persist(session);
              em.flush();
              return session.getId();
            });
    long coachee = s.tas().get(1);
    BookingServiceTest.asSenco(s, w -> w.bookings.bookPerson(t, coachee, false));
    return t;
  }

  static Map<Long, CpdRecord> byPerson(long session) {
    return RegisterServiceTest.records(session).stream()
        .collect(Collectors.toMap(r -> r.getStaffMember().getId(), Function.identity()));
  }

  @Test
  void theCoachAndTheCoacheeBothGetARecordWithTheHoursTheySpent() {
    Scene s = BookingServiceTest.scene();
    long t = coaching(s);
    long coach = s.tas().get(0);
    long coachee = s.tas().get(1);
    RegisterResult result =
        RegisterServiceTest.mark(s, t, false, new Attendance(coachee, true, new BigDecimal("2.5")));
    assertEquals(2, result.created(), "the coachee's record and the coach's");
    Map<Long, CpdRecord> records = byPerson(t);
    assertEquals(new BigDecimal("2.50"), records.get(coachee).getHours());
    assertEquals(new BigDecimal("1.00"), records.get(coach).getHours(), "the course's hours");
    assertEquals(DeliveryType.COACHING, records.get(coach).getDelivery());

    RegisterResult again =
        RegisterServiceTest.mark(s, t, false, new Attendance(coachee, true, new BigDecimal("3")));
    assertEquals(0, again.created(), "marking again corrects, it does not add");
    assertEquals(2, byPerson(t).size());
    assertEquals(new BigDecimal("3.00"), byPerson(t).get(coachee).getHours());
  }

  @Test
  void hoursOutsideADayAreRefusedAndNothingIsRecorded() {
    Scene s = BookingServiceTest.scene();
    long t = coaching(s);
    long coachee = s.tas().get(1);
    for (String bad : List.of("0", "-1", "24.5", "1.555")) {
      assertThrows(
          InvalidInputException.class,
          () ->
              RegisterServiceTest.mark(
                  s, t, false, new Attendance(coachee, true, new BigDecimal(bad))),
          bad);
      assertTrue(byPerson(t).isEmpty(), bad);
    }
  }

  @Test
  void anInHouseSessionTakesTheCoursesHoursOnly() {
    Scene s = BookingServiceTest.scene();
    long t = RegisterServiceTest.book(s, LAST_WEEK, 2, 1);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                RegisterServiceTest.mark(
                    s, t, false, new Attendance(s.tas().get(0), true, BigDecimal.TEN)));
    assertTrue(refused.details().toString().contains("hours per person are for coaching"));
  }

  @Test
  void aCollaborativeSessionIsForAPairOrASmallGroup() {
    Course coaching = new Course(null, "Coaching", DeliveryType.COACHING, BigDecimal.ONE);
    TrainingSessions.requireSmallGroup(coaching, DeliveryType.SMALL_GROUP);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TrainingSessions.requireSmallGroup(coaching, DeliveryType.SMALL_GROUP + 1));
    assertTrue(
        refused.details().toString().contains("at most 8 places"), refused.details().toString());
    TrainingSessions.requireSmallGroup(
        new Course(null, "Whole staff", DeliveryType.IN_HOUSE, BigDecimal.ONE), 60);
  }
}
