package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.framework.entity.CompetenceLevel;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.outreach.entity.OutreachOffer;
import org.sendcpd.outreach.entity.SupportRequest;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Expertise across the demo trust, after its three schools are loaded: specialists of two schools
 * offer outreach; Riverside asked Oakfield's autism and communication specialist for support with
 * enhanced skills in communication with autistic pupils, Oakfield's head accepted, and the session
 * took place three weeks ago with its register marked (two Riverside TAs hold the outcome, the
 * specialist a record of having led it); and the trust's own autism course has sessions open to
 * every school, with places booked by two schools.
 */
final class DemoOutreach {

  static final String SPECIALIST = "natalie.fraser@oakfield.example.org";
  static final String RIVERSIDE_SPECIALIST = "nadia.hussain@riverside.example.org";
  static final String WILLOW_BROOK_SPECIALIST = "joanne.kerr@willowbrook.example.org";
  static final String RIVERSIDE_SENCO = "marcus.bennett";
  static final String OAKFIELD_HEAD = "rachel.okonkwo";

  static final List<String> EVERYONE =
      List.of(
          SPECIALIST,
          RIVERSIDE_SPECIALIST,
          WILLOW_BROOK_SPECIALIST,
          "lucy.evans@riverside.example.org",
          "jamal.reid@riverside.example.org",
          "chloe.wright@riverside.example.org",
          "kelly.marsh@oakfield.example.org",
          "sanjay.patel@oakfield.example.org",
          "emma.clarke@willowbrook.example.org");

  private final EntityManager em;
  private final DemoSetting oakfield;
  private Map<String, StaffMember> people;

  DemoOutreach(EntityManager em, DemoSetting oakfield) {
    this.em = em;
    this.oakfield = oakfield;
  }

  void load() {
    offer(
        SPECIALIST,
        "Autism and communication: adapting the classroom, modelling in class, half-day visits.");
    offer(RIVERSIDE_SPECIALIST, "Dyslexia-friendly teaching and literacy interventions.");
    offer(WILLOW_BROOK_SPECIALIST, "Autism: visual supports and calm spaces.");
    deliveredSupport();
    trustCourse();
  }

  private void offer(String email, String note) {
    OutreachOffer offer = new OutreachOffer(person(email).getId());
    offer.change(true, note, oakfield.at(oakfield.day(-40)));
    em.persist(offer);
  }

  private void deliveredSupport() {
    StaffMember specialist = person(SPECIALIST);
    var riverside = person(RIVERSIDE_SPECIALIST).getSchool();
    var competence = oakfield.competence("CI-03");
    LocalDate day =
        DemoCalendar.schoolDay(
            riverside,
            oakfield.today,
            oakfield.day(-21),
            LocalTime.of(13, 30),
            LocalTime.of(15, 30),
            false);
    SupportRequest request =
        new SupportRequest(
            riverside,
            RIVERSIDE_SENCO,
            specialist,
            new CompetenceLevel(competence, 2),
            "Our Inclusion team TAs would value seeing how you adapt a classroom for autistic pupils.",
            List.of(day),
            oakfield.at(oakfield.day(-35)));
    Course course =
        new Course(
            riverside,
            "School-to-school: CI-03 " + competence.getStatement(),
            DeliveryType.SCHOOL_TO_SCHOOL,
            new BigDecimal("2.00"));
    course.setProvider(specialist.getSchool().getName());
    course.setActive(false);
    course.addOutcome(competence, 2);
    em.persist(course);
    TrainingSession session =
        new TrainingSession(
            course,
            riverside,
            day.atTime(LocalTime.of(13, 30)),
            day.atTime(LocalTime.of(15, 30)),
            "Inclusion base",
            6);
    session.setFacilitator(specialist);
    session.setStatus(SessionStatus.DELIVERED);
    em.persist(session);
    request.accept(OAKFIELD_HEAD, oakfield.at(oakfield.day(-30)), session, null);
    em.persist(request);
    for (String email :
        List.of("lucy.evans@riverside.example.org", "jamal.reid@riverside.example.org")) {
      StaffMember person = person(email);
      Booking booking =
          new Booking(session, person, BookingStatus.ATTENDED, oakfield.at(oakfield.day(-28)));
      em.persist(booking);
      CpdRecord record = CpdRecord.ofCourse(person, course, day, RecordSource.REGISTER);
      record.setSession(session);
      record.verify(RIVERSIDE_SENCO, oakfield.at(session.getEndsAt()));
      em.persist(record);
    }
    CpdRecord led =
        new CpdRecord(
            specialist,
            "Led: " + course.getTitle(),
            DeliveryType.SCHOOL_TO_SCHOOL,
            day,
            course.getHours(),
            RecordSource.FACILITATED);
    led.setProvider(riverside.getName());
    led.setSession(session);
    led.verify(RIVERSIDE_SENCO, oakfield.at(session.getEndsAt()));
    em.persist(led);
  }

  private void trustCourse() {
    Course course =
        new Course(
            null,
            "Autism across the trust: understanding and supporting pupils",
            DeliveryType.SPECIALIST_EXTERNAL,
            new BigDecimal("3.00"));
    course.setProvider("Trust outreach autism team");
    course.setDescription("A morning for teachers and TAs of every school, run by the trust.");
    course.addOutcome(oakfield.competence("CI-04"), 2);
    em.persist(course);
    TrainingSession atOakfield =
        open(course, person(SPECIALIST), oakfield.day(20), "Oakfield hall", 24, 8);
    book(atOakfield, "kelly.marsh@oakfield.example.org", "sanjay.patel@oakfield.example.org");
    book(atOakfield, "chloe.wright@riverside.example.org", "jamal.reid@riverside.example.org");
    TrainingSession atRiverside =
        open(course, person(RIVERSIDE_SPECIALIST), oakfield.day(45), "Riverside library", 30, null);
    book(atRiverside, "emma.clarke@willowbrook.example.org");
  }

  private TrainingSession open(
      Course course,
      StaffMember atSchoolOf,
      LocalDate near,
      String place,
      int capacity,
      Integer perSchool) {
    LocalDate day =
        DemoCalendar.schoolDay(
            atSchoolOf.getSchool(),
            oakfield.today,
            near,
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            false);
    TrainingSession session =
        new TrainingSession(
            course,
            atSchoolOf.getSchool(),
            day.atTime(LocalTime.of(9, 0)),
            day.atTime(LocalTime.of(12, 0)),
            place,
            capacity);
    session.setFacilitatorName("Trust outreach autism team");
    session.openToTrust(perSchool);
    em.persist(session);
    return session;
  }

  private void book(TrainingSession session, String... emails) {
    for (String email : emails) {
      Booking booking =
          new Booking(session, person(email), BookingStatus.BOOKED, oakfield.at(oakfield.day(-3)));
      em.persist(booking);
    }
  }

  private StaffMember person(String email) {
    if (people == null) {
      // one query for everyone named here, after the schools' staff are written
      people = new HashMap<>();
      em.createQuery("SELECT s FROM StaffMember s WHERE s.email IN :emails", StaffMember.class)
          .setParameter("emails", EVERYONE)
          .getResultList()
          .forEach(s -> people.put(s.getEmail(), s));
    }
    StaffMember person = people.get(email);
    if (person == null) {
      throw new IllegalStateException("The demo outreach names an unknown staff member: " + email);
    }
    return person;
  }
}
