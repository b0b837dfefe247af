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

/**
 * A trust session on real JPA: each school's SENCO books their own staff onto it, never another
 * school's; the places per school hold like capacity; a freed place goes to the first person
 * waiting whose school is under its share.
 */
class TrustSessionPlacesTest {

  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 9, 0);
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

  /** One school's SENCO and three TAs. */
  record SchoolStaff(long senco, List<Long> tas) {}

  record Scene(SchoolStaff a, SchoolStaff b, long session) {}

  static SchoolStaff staff(jakarta.persistence.EntityManager em, School school) {
    StaffMember senco = Fixtures.staff(em, school, "Senco", JobRole.SENCO);
    List<StaffMember> tas = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      tas.add(Fixtures.staff(em, school, "Ta" + i, JobRole.TA));
    }
    em.flush();
    return new SchoolStaff(senco.getId(), tas.stream().map(StaffMember::getId).toList());
  }

  /** A trust course's session at school A, open to every school: 3 places, 2 per school. */
  static Scene scene() {
    return db.inTransaction(
        em -> {
          School a = Fixtures.school(em);
          School b = Fixtures.school(em);
          SchoolStaff staffA = staff(em, a);
          SchoolStaff staffB = staff(em, b);
          Course course =
              new Course(null, "Trust autism day", DeliveryType.IN_HOUSE, BigDecimal.ONE);
          em.persist(course);
          TrainingSession t =
              new TrainingSession(course, a, MONDAY, MONDAY.plusHours(3), "Hall", 3);
          t.openToTrust(2);
          em.persist(t);
          em.flush();
          return new Scene(staffA, staffB, t.getId());
        });
  }

  static void as(long senco, Consumer<Wiring> work) {
    db.inTransaction(
        em -> {
          work.accept(new Wiring(em, CLOCK, em.find(StaffMember.class, senco), SENCO));
          return null;
        });
  }

  static List<Booking> bookings(long session) {
    return db.inTransaction(
        em ->
            em.createNamedQuery(Booking.FIND_BY_SESSION, Booking.class)
                .setParameter("sessionId", session)
                .getResultList());
  }

  @Test
  void eachSchoolBooksItsOwnStaffWithinItsShareAndTheCapacity() {
    Scene s = scene();
    ConflictException share =
        assertThrows(
            ConflictException.class,
            () -> as(s.a().senco(), w -> w.bookings.bookPeople(s.session(), s.a().tas(), false)));
    assertTrue(share.getMessage().contains("at most 2 places"), share.getMessage());
    assertTrue(bookings(s.session()).isEmpty(), "nothing booked");

    as(s.a().senco(), w -> w.bookings.bookPeople(s.session(), s.a().tas().subList(0, 2), false));
    ConflictException full =
        assertThrows(
            ConflictException.class,
            () ->
                as(
                    s.b().senco(),
                    w -> w.bookings.bookPeople(s.session(), s.b().tas().subList(0, 2), false)));
    assertTrue(full.getMessage().contains("Only 1 of 3"), full.getMessage());
    as(s.b().senco(), w -> w.bookings.bookPerson(s.session(), s.b().tas().get(0), false));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.b().senco(), w -> w.bookings.bookPerson(s.session(), s.a().tas().get(2), true)),
        "a SENCO books only their own school's staff");
    assertEquals(3, bookings(s.session()).size());
  }

  @Test
  void aFreedPlaceGoesToTheFirstPersonWaitingWhoseSchoolIsUnderItsShare() {
    Scene s = scene();
    as(s.a().senco(), w -> w.bookings.bookPeople(s.session(), s.a().tas().subList(0, 2), false));
    as(s.b().senco(), w -> w.bookings.bookPerson(s.session(), s.b().tas().get(0), false));
    as(s.a().senco(), w -> w.bookings.bookPerson(s.session(), s.a().tas().get(2), true));
    as(s.b().senco(), w -> w.bookings.bookPerson(s.session(), s.b().tas().get(1), true));
    long bFirst =
        bookings(s.session()).stream()
            .filter(b -> b.getStaffMember().getId().equals(s.b().tas().get(0)))
            .findFirst()
            .orElseThrow()
            .getId();
    as(s.b().senco(), w -> w.bookings.cancel(s.session(), bFirst));
    List<Booking> after = bookings(s.session());
    assertEquals(
        BookingStatus.BOOKED,
        status(after, s.b().tas().get(1)),
        "school B's second person, though second in the queue: A is at its share");
    assertEquals(BookingStatus.WAITING, status(after, s.a().tas().get(2)));
  }

  private static BookingStatus status(List<Booking> bookings, long staffId) {
    return bookings.stream()
        .filter(b -> b.getStaffMember().getId().equals(staffId))
        .findFirst()
        .orElseThrow()
        .getStatus();
  }
}
