package org.sendcpd.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

class TrainingMappingTest {

  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 15, 30);

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
  void aSchoolSeesItsOwnAndTheTrustsActiveCoursesWithTheirCrosswalk() {
    Catalogue.Courses c = catalogue();
    db.run(
        em -> {
          List<Course> courses =
              em.createNamedQuery(Course.FIND_BY_SCHOOL, Course.class)
                  .setParameter("schoolId", c.school().getId())
                  .getResultList();
          List<String> titles = courses.stream().map(Course::getTitle).toList();
          assertTrue(titles.contains("Visual timetables"));
          assertTrue(titles.contains("Autism good practice"));
          assertTrue(!titles.contains("Old INSET") && !titles.contains("Other school"));
          Course shared = em.find(Course.class, c.shared().getId());
          assertTrue(shared.isShared());
          assertEquals(new BigDecimal("6.50"), shared.getHours());
          assertEquals(new BigDecimal("120.00"), shared.getCostPerPlace());
          assertEquals(24, shared.getValidityMonths());
          assertEquals(2, shared.getOutcomes().size());

          List<CourseOutcome> outcomes =
              em.createNamedQuery(CourseOutcome.FIND_ACTIVE_BY_SCHOOL, CourseOutcome.class)
                  .setParameter("schoolId", c.school().getId())
                  .getResultList();
          assertTrue(
              outcomes.stream()
                  .map(CourseOutcome::getCourse)
                  .allMatch(
                      k ->
                          k.isActive()
                              && (k.isShared()
                                  || k.getSchool().getId().equals(c.school().getId()))),
              "shared courses of the trust and the school's own, active only");
          assertEquals(
              1,
              outcomes.stream().filter(o -> o.getCourse().getId().equals(c.own().getId())).count());
          Set<Long> frameworks = new HashSet<>();
          outcomes.stream()
              .filter(o -> o.getCourse().getId().equals(c.shared().getId()))
              .forEach(o -> frameworks.add(o.getCompetence().getArea().getFramework().getId()));
          assertEquals(2, frameworks.size(), "one course evidences two frameworks");
        });
  }

  @Test
  void sessionsAndBookingsRoundTrip() {
    Catalogue.Courses c = catalogue();
    Instant bookedAt = Instant.parse("2026-11-01T09:15:00.123Z");
    TrainingSession saved =
        db.inTransaction(
            em -> {
              StaffMember senco = Fixtures.staff(em, c.school(), "Senco", JobRole.SENCO);
              StaffMember ta = Fixtures.staff(em, c.school(), "Able", JobRole.TA);
              StaffMember teacher = Fixtures.staff(em, c.school(), "Baker", JobRole.TEACHER);
              StaffMember hlta = Fixtures.staff(em, c.school(), "Cole", JobRole.HLTA);
              TrainingSession session =
                  new TrainingSession(
                      em.merge(c.own()), c.school(), MONDAY, MONDAY.plusHours(1), "Hall", 2);
              session.setFacilitator(senco);
              session.setNotes("Bring a class timetable");
              em.persist(session);
              session.moveTo("Library");
              TrainingSession later =
                  new TrainingSession(
                      em.merge(c.shared()),
                      c.school(),
                      MONDAY.plusDays(30),
                      MONDAY.plusDays(30).plusHours(6),
                      "Hall",
                      20);
              later.setFacilitatorName("Outreach autism team");
              em.persist(later);
              em.persist(new Booking(session, ta, BookingStatus.BOOKED, bookedAt));
              em.persist(new Booking(session, teacher, BookingStatus.BOOKED, bookedAt));
              Booking waiting = new Booking(session, hlta, BookingStatus.WAITING, bookedAt);
              waiting.setWaitingPosition(1);
              em.persist(waiting);
              em.persist(new Booking(later, ta, BookingStatus.INVITED, bookedAt));
              return session;
            });

    db.run(
        em -> {
          List<TrainingSession> sessions =
              em.createNamedQuery(TrainingSession.FIND_BY_SCHOOL_BETWEEN, TrainingSession.class)
                  .setParameter("schoolId", c.school().getId())
                  .setParameter("from", MONDAY.toLocalDate().atStartOfDay())
                  .setParameter("to", MONDAY.plusDays(7))
                  .getResultList();
          assertEquals(1, sessions.size());
          TrainingSession session = sessions.get(0);
          assertEquals("Visual timetables", session.getCourse().getTitle());
          assertEquals("Library", session.getPlace());
          assertEquals(1, session.getSequence(), "moving the session raises its SEQUENCE");
          assertEquals(SessionStatus.PLANNED, session.getStatus());
          assertEquals("Senco", session.getFacilitator().getLastName());

          List<Booking> register =
              em.createNamedQuery(Booking.FIND_BY_SESSION, Booking.class)
                  .setParameter("sessionId", saved.getId())
                  .getResultList();
          assertEquals(
              List.of("Able", "Baker", "Cole"),
              register.stream().map(b -> b.getStaffMember().getLastName()).toList());
          assertEquals(bookedAt, register.get(0).getBookedAt());
          assertEquals(1, register.get(2).getWaitingPosition());
          assertNull(register.get(0).getWaitingPosition());
          assertEquals(
              2L,
              em.createNamedQuery(Booking.COUNT_ACTIVE_BY_SESSION, Long.class)
                  .setParameter("sessionId", saved.getId())
                  .getSingleResult());

          Long taId = register.get(0).getStaffMember().getId();
          List<Booking> mine =
              em.createNamedQuery(Booking.FIND_BY_STAFF, Booking.class)
                  .setParameter("staffId", taId)
                  .getResultList();
          assertEquals(2, mine.size());
          assertTrue(
              mine.get(0)
                  .getSession()
                  .getStartsAt()
                  .isBefore(mine.get(1).getSession().getStartsAt()));

          List<Booking> planned =
              em.createNamedQuery(Booking.FIND_PLANNED_BY_SCHOOL, Booking.class)
                  .setParameter("schoolId", c.school().getId())
                  .setParameter("from", MONDAY.plusDays(1))
                  .getResultList();
          assertEquals(1, planned.size(), "only the later session is still to come");
          assertEquals(BookingStatus.INVITED, planned.get(0).getStatus());
        });
  }

  @Test
  void aPersonBooksASessionOnceAndSessionsEndAfterTheyStart() {
    Catalogue.Courses c = catalogue();
    TrainingSession session =
        db.inTransaction(
            em -> {
              TrainingSession s =
                  new TrainingSession(
                      em.merge(c.own()), c.school(), MONDAY, MONDAY.plusHours(1), null, 5);
              em.persist(s);
              em.persist(
                  new Booking(
                      s,
                      Fixtures.staff(em, c.school(), "Once", JobRole.TA),
                      BookingStatus.BOOKED,
                      Instant.now()));
              return s;
            });
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em -> {
                  Booking first =
                      em.createNamedQuery(Booking.FIND_BY_SESSION, Booking.class)
                          .setParameter("sessionId", session.getId())
                          .getSingleResult();
                  em.persist(
                      new Booking(
                          first.getSession(),
                          first.getStaffMember(),
                          BookingStatus.BOOKED,
                          Instant.now()));
                }));
    assertThrows(
        ConstraintViolationException.class,
        () ->
            db.run(
                em ->
                    em.persist(
                        new TrainingSession(
                            em.merge(c.own()),
                            c.school(),
                            MONDAY,
                            MONDAY.minusHours(1),
                            null,
                            5))));
  }
}
