package org.sendcpd.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.TrainingSession;

/** Capacity, the waiting list, overlaps, double booking and who may book whom, on real JPA. */
class BookingServiceTest {

  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 15, 30);
  static final Clock CLOCK =
      Clock.fixed(
          MONDAY.minusDays(3).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  /** A school with a SENCO, a line manager with four TAs reporting, and a course. */
  record Scene(long school, long senco, long manager, List<Long> tas, long course) {}

  static Scene scene() {
    return db.inTransaction(
        em -> {
          School school = Fixtures.school(em);
          StaffMember senco = Fixtures.staff(em, school, "Shah", JobRole.SENCO);
          StaffMember manager = Fixtures.staff(em, school, "Walsh", JobRole.HLTA);
          List<Long> tas = new ArrayList<>();
          for (int i = 0; i < 4; i++) {
            StaffMember ta = Fixtures.staff(em, school, "Ta" + i, JobRole.TA);
            ta.setTeam(i < 2 ? "Year 2" : "Year 3");
            ta.setLineManager(manager);
            em.flush();
            tas.add(ta.getId());
          }
          Course course =
              new Course(school, "Visual supports", DeliveryType.IN_HOUSE, BigDecimal.ONE);
          course.setValidityMonths(12);
          course.addOutcome(Fixtures.competence(em), 2);
          em.persist(course);
          em.flush();
          return new Scene(school.getId(), senco.getId(), manager.getId(), tas, course.getId());
        });
  }

  static long session(Scene s, LocalDateTime start, int capacity) {
    return db.inTransaction(
        em -> {
          TrainingSession t =
              new TrainingSession(
                  em.find(Course.class, s.course()),
                  em.find(School.class, s.school()),
                  start,
                  start.plusMinutes(90),
                  "Library",
                  capacity);
          em.persist(t);
          em.flush();
          return t.getId();
        });
  }

  static <T> T as(
      long staffId, java.util.function.Function<Wiring, T> work, SecurityRole... roles) {
    return db.inTransaction(
        em -> work.apply(new Wiring(em, CLOCK, em.find(StaffMember.class, staffId), roles)));
  }

  static void asSenco(Scene s, Consumer<Wiring> work) {
    as(
        s.senco(),
        w -> {
          work.accept(w);
          return null;
        },
        SENCO);
  }

  static List<Booking> bookings(long session) {
    return db.inTransaction(
        em ->
            em.createNamedQuery(Booking.FIND_BY_SESSION, Booking.class)
                .setParameter("sessionId", session)
                .getResultList());
  }

  static long count(long session, BookingStatus status) {
    return bookings(session).stream().filter(b -> b.getStatus() == status).count();
  }

  @Test
  void aFullSessionRefusesUnlessTheWaitingListIsAskedFor() {
    Scene s = scene();
    long t = session(s, MONDAY, 2);
    asSenco(s, w -> w.bookings.bookPerson(t, s.tas().get(0), false));
    asSenco(s, w -> w.bookings.bookPerson(t, s.tas().get(1), false));
    ConflictException full =
        assertThrows(
            ConflictException.class,
            () -> asSenco(s, w -> w.bookings.bookPerson(t, s.tas().get(2), false)));
    assertTrue(full.getMessage().contains("full"), full.getMessage());
    asSenco(s, w -> w.bookings.bookPerson(t, s.tas().get(2), true));
    asSenco(s, w -> w.bookings.bookPerson(t, s.tas().get(3), true));
    assertEquals(2, count(t, BookingStatus.BOOKED));
    List<Integer> positions =
        bookings(t).stream()
            .filter(b -> b.getStatus() == BookingStatus.WAITING)
            .map(Booking::getWaitingPosition)
            .sorted()
            .toList();
    assertEquals(List.of(1, 2), positions);
  }

  @Test
  void aGroupLargerThanTheFreePlacesBooksNoOneWithoutTheWaitingList() {
    Scene s = scene();
    long t = session(s, MONDAY, 3);
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> asSenco(s, w -> w.bookings.bookGroup(t, JobRole.TA, null, false)));
    assertTrue(e.getMessage().contains("Only 3 of 3 places are free for 4 people"), e.getMessage());
    assertTrue(bookings(t).isEmpty());
    asSenco(s, w -> w.bookings.bookGroup(t, null, "year 2", false));
    assertEquals(2, count(t, BookingStatus.BOOKED));
  }

  @Test
  void cancellingAPlacePromotesTheFirstPersonWaitingAndRenumbersTheRest() {
    Scene s = scene();
    long t = session(s, MONDAY, 2);
    asSenco(s, w -> w.bookings.bookGroup(t, JobRole.TA, null, true));
    Booking first =
        bookings(t).stream()
            .filter(b -> b.getStatus() == BookingStatus.BOOKED)
            .findFirst()
            .orElseThrow();
    Booking head = waitingAt(t, 1);
    Booking second = waitingAt(t, 2);
    Cancellation c = as(s.senco(), w -> w.bookings.cancel(t, first.getId()), SENCO);
    assertEquals(head.getId(), c.promoted().getId());
    assertEquals(BookingStatus.BOOKED, c.promoted().getStatus());
    assertEquals(second.getId(), waitingAt(t, 1).getId(), "the second in the queue is now first");
    assertEquals(2, count(t, BookingStatus.BOOKED));
    assertEquals(1, count(t, BookingStatus.CANCELLED));
  }

  private static Booking waitingAt(long t, int position) {
    return bookings(t).stream()
        .filter(b -> b.getStatus() == BookingStatus.WAITING && b.getWaitingPosition() == position)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anOverlappingBookingWarnsButStillBooks() {
    Scene s = scene();
    long early = session(s, MONDAY, 5);
    long clash = session(s, MONDAY.plusMinutes(60), 5);
    long later = session(s, MONDAY.plusMinutes(90), 5);
    long ta = s.tas().get(0);
    asSenco(s, w -> w.bookings.bookPerson(early, ta, false));
    BookingResult r = as(s.senco(), w -> w.bookings.bookPerson(clash, ta, false), SENCO);
    assertEquals(1, r.bookings().size());
    assertEquals(1, r.warnings().size());
    assertTrue(
        r.warnings().get(0).contains("Visual supports at 23/11/2026 15:30"), r.warnings().get(0));
    BookingResult next = as(s.senco(), w -> w.bookings.bookPerson(later, ta, false), SENCO);
    assertEquals(
        List.of(),
        next.warnings().stream().filter(x -> x.contains("15:30")).toList(),
        "a session starting as the first one ends does not overlap it");
  }

  @Test
  void noOneIsBookedTwice() {
    Scene s = scene();
    long t = session(s, MONDAY, 10);
    asSenco(s, w -> w.bookings.bookPerson(t, s.tas().get(0), false));
    assertThrows(
        ConflictException.class,
        () -> asSenco(s, w -> w.bookings.bookPerson(t, s.tas().get(0), false)));
    BookingResult group =
        as(s.senco(), w -> w.bookings.bookGroup(t, JobRole.TA, null, false), SENCO);
    assertEquals(3, group.bookings().size());
    assertTrue(group.warnings().get(0).contains("already on this session"));
    assertEquals(4, bookings(t).size());
  }

  @Test
  void cancelledSessionsTakeNoBookings() {
    Scene s = scene();
    long t = session(s, MONDAY, 10);
    db.run(em -> em.find(TrainingSession.class, t).cancel());
    assertThrows(
        ConflictException.class,
        () -> asSenco(s, w -> w.bookings.bookPerson(t, s.tas().get(0), false)));
  }

  @Test
  void staffBookThemselvesManagersTheirReportsAndOnlyTheSencoOthersOrGroups() {
    Scene s = scene();
    long t = session(s, MONDAY, 10);
    long ta = s.tas().get(0);
    as(ta, w -> w.bookings.bookPerson(t, ta, false), SecurityRole.STAFF);
    assertThrows(
        AccessDeniedException.class,
        () -> as(ta, w -> w.bookings.bookPerson(t, s.tas().get(1), false), SecurityRole.STAFF));
    as(
        s.manager(),
        w -> w.bookings.bookPerson(t, s.tas().get(1), false),
        SecurityRole.LINE_MANAGER);
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                s.manager(),
                w -> w.bookings.bookPerson(t, s.senco(), false),
                SecurityRole.LINE_MANAGER));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                s.manager(),
                w -> w.bookings.bookGroup(t, JobRole.TA, null, false),
                SecurityRole.LINE_MANAGER));
    assertEquals(2, count(t, BookingStatus.BOOKED));
  }
}
