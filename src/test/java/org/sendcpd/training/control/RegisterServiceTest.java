package org.sendcpd.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;
import static org.sendcpd.training.control.BookingServiceTest.MONDAY;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.control.BookingServiceTest.Scene;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.RecordStatus;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/** Marking a register: verified records once, corrections audited, absentees kept booked. */
class RegisterServiceTest {

  static final LocalDateTime LAST_WEEK = MONDAY.minusDays(7);

  @BeforeAll
  static void migrate() {
    BookingServiceTest.db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    BookingServiceTest.db.close();
  }

  static List<CpdRecord> records(long session) {
    return BookingServiceTest.db.inTransaction(
        em ->
            em.createQuery(RegisterService.REGISTER_RECORDS, CpdRecord.class)
                .setParameter("sessionId", session)
                .getResultList());
  }

  static RegisterResult mark(Scene s, long session, boolean keep, Attendance... marks) {
    return BookingServiceTest.as(
        s.senco(), w -> w.register.mark(session, List.of(marks), keep), SENCO);
  }

  static long book(Scene s, LocalDateTime when, int capacity, int people) {
    long t = BookingServiceTest.session(s, when, capacity);
    for (int i = 0; i < people; i++) {
      long ta = s.tas().get(i);
      BookingServiceTest.asSenco(s, w -> w.bookings.bookPerson(t, ta, false));
    }
    return t;
  }

  @Test
  void markingTwiceKeepsOneVerifiedRecordEachAndReMarkingAbsentWithdrawsIt() {
    Scene s = BookingServiceTest.scene();
    long t = book(s, LAST_WEEK, 3, 3);
    Attendance[] all =
        s.tas().subList(0, 3).stream()
            .map(id -> new Attendance(id, true))
            .toArray(Attendance[]::new);
    RegisterResult first = mark(s, t, false, all);
    assertEquals(3, first.created());
    List<CpdRecord> records = records(t);
    assertEquals(3, records.size());
    CpdRecord one = records.get(0);
    assertEquals(RecordStatus.VERIFIED, one.getStatus());
    assertEquals(RecordSource.REGISTER, one.getSource());
    assertEquals(LAST_WEEK.toLocalDate(), one.getCompletedOn());
    assertEquals(LAST_WEEK.toLocalDate().plusMonths(12), one.getExpiresOn());
    assertEquals(1, one.getOutcomes().size());
    assertEquals(
        SessionStatus.DELIVERED,
        BookingServiceTest.db.inTransaction(em -> em.find(TrainingSession.class, t).getStatus()));

    RegisterResult again = mark(s, t, false, all);
    assertEquals(0, again.created());
    assertEquals(3, records(t).size(), "marking twice adds no record");

    Wiring[] seen = new Wiring[1];
    RegisterResult corrected =
        BookingServiceTest.as(
            s.senco(),
            w -> {
              seen[0] = w;
              return w.register.mark(
                  t,
                  List.of(
                      new Attendance(s.tas().get(0), false), new Attendance(s.tas().get(1), true)),
                  false);
            },
            SENCO);
    assertEquals(1, corrected.withdrawnRecordIds().size());
    assertEquals(2, records(t).size());
    assertTrue(
        seen[0].audit.stream().anyMatch(a -> a.startsWith("REGISTER_RECORD_WITHDRAWN CpdRecord")),
        seen[0].audit.toString());
    assertEquals(1, BookingServiceTest.count(t, BookingStatus.ABSENT));
    assertEquals(2, BookingServiceTest.count(t, BookingStatus.ATTENDED));
  }

  @Test
  void absenteesAreKeptBookedOnTheNextSessionWithAFreePlaceElseItsWaitingList() {
    Scene s = BookingServiceTest.scene();
    long past = book(s, LAST_WEEK, 4, 3);
    long fullNext = book(s, MONDAY, 1, 0);
    BookingServiceTest.asSenco(s, w -> w.bookings.bookPerson(fullNext, s.tas().get(3), false));
    long roomy = BookingServiceTest.session(s, MONDAY.plusDays(7), 5);
    RegisterResult r =
        mark(
            s,
            past,
            true,
            new Attendance(s.tas().get(0), true),
            new Attendance(s.tas().get(1), false),
            new Attendance(s.tas().get(2), false));
    assertEquals(2, r.rebooked().size());
    assertTrue(r.rebooked().stream().allMatch(b -> b.getSession().getId() == roomy));
    assertEquals(2, BookingServiceTest.count(roomy, BookingStatus.BOOKED));

    BookingServiceTest.asSenco(s, w -> w.bookings.bookGroup(roomy, null, "Year 3", false));
    long past2 = book(s, LAST_WEEK.plusDays(1), 4, 0);
    BookingServiceTest.asSenco(s, w -> w.bookings.bookPerson(past2, s.tas().get(0), false));
    BookingServiceTest.db.run(em -> em.find(TrainingSession.class, roomy).setCapacity(3));
    RegisterResult waiting = mark(s, past2, true, new Attendance(s.tas().get(0), false));
    assertEquals(BookingStatus.WAITING, waiting.rebooked().get(0).getStatus());
    assertEquals(
        fullNext, waiting.rebooked().get(0).getSession().getId(), "the first later session");
  }

  @Test
  void aRegisterOpensOnceTheSessionHasBegunAndNamesOnlyPeopleBooked() {
    Scene s = BookingServiceTest.scene();
    long future = book(s, MONDAY, 3, 1);
    assertThrows(
        ConflictException.class,
        () -> mark(s, future, false, new Attendance(s.tas().get(0), true)));
    long past = book(s, LAST_WEEK, 3, 1);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> mark(s, past, false, new Attendance(s.tas().get(3), true)));
    assertEquals(
        List.of("staffId " + s.tas().get(3) + " has no place on this session"), e.details());
  }
}
