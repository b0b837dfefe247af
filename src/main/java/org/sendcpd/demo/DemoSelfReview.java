package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.selfreview.entity.Placement;
import org.sendcpd.selfreview.entity.QuestionnaireRespondent;
import org.sendcpd.selfreview.entity.QuestionnaireTally;
import org.sendcpd.selfreview.entity.ReviewElement;
import org.sendcpd.selfreview.entity.SelfReview;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Oakfield's whole-school self-review: last year's, placed near the bolted-on end and answered by
 * fifteen staff, and this year's, a step further on two elements and answered by six so far (the
 * counts shown are those at five). The demo accounts have not answered, so each may try the
 * questionnaire. A coaching pairing delivered this term (a teacher coaching a TA, both with the
 * register's record of the hours) shows a first colleague leading besides the SENCO.
 */
final class DemoSelfReview {

  /** Staff who answered last year's questionnaire: none of them has a demo account. */
  static final List<String> LAST_YEAR_RESPONDENTS =
      List.of(
          "amelia.hughes",
          "tomasz.nowak",
          "hannah.brooks",
          "imran.siddiqui",
          "chloe.bennett",
          "olumide.adebayo",
          "megan.price",
          "aisha.rahman",
          "kelly.marsh",
          "joanne.pearce",
          "sanjay.patel",
          "lucy.chambers",
          "fatima.begum",
          "carol.dawson",
          "kwame.asante");

  static final List<String> THIS_YEAR_RESPONDENTS =
      List.of(
          "amelia.hughes",
          "hannah.brooks",
          "megan.price",
          "kelly.marsh",
          "lucy.chambers",
          "carol.dawson");

  private final EntityManager em;
  private final DemoSetting setting;

  DemoSelfReview(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load() {
    String year = AcademicYear.of(setting.today);
    String lastYear = AcademicYear.of(setting.today.minusYears(1));
    review(
        lastYear,
        new int[] {2, 1, 2, 1, 2},
        List.of(
            "Inclusion is in the vision statement; staff surveys say SEND is the SENCO's job.",
            "Most pupils with EHC plans are taught by a TA outside the class.",
            "TA hours follow named pupils.",
            "The SENCO holds every specialist certificate.",
            "Speech and language advice comes by email to the SENCO."),
        LAST_YEAR_RESPONDENTS,
        new int[][] {{4, 8, 3, 0}, {9, 5, 1, 0}, {6, 7, 2, 0}, {11, 4, 0, 0}, {5, 8, 2, 0}},
        new int[][] {{4, 8, 3, 0}, {9, 5, 1, 0}, {6, 7, 2, 0}, {11, 4, 0, 0}, {5, 8, 2, 0}},
        setting.at(setting.today.minusYears(1).withDayOfMonth(1)));
    review(
        year,
        new int[] {3, 2, 2, 1, 2},
        List.of(
            "Adaptive teaching is a whole-staff priority; governors receive a termly inclusion"
                + " report.",
            "Two teachers now plan with their TAs weekly; the rest do not yet.",
            "",
            "The SENCO is still the only specialist; a teacher has started coaching a TA.",
            ""),
        THIS_YEAR_RESPONDENTS,
        new int[][] {{1, 2, 3, 0}, {2, 3, 1, 0}, {2, 3, 1, 0}, {4, 2, 0, 0}, {2, 3, 1, 0}},
        // as counted at the fifth answer, before the sixth
        new int[][] {{1, 1, 3, 0}, {2, 2, 1, 0}, {2, 2, 1, 0}, {4, 1, 0, 0}, {2, 2, 1, 0}},
        setting.now);
    coaching();
  }

  /**
   * A review with its placements and its questionnaire: markers for the respondents and counts per
   * element and position, live (each row sums to the respondents) and as published at the last
   * fifth answer (each row sums to that multiple of five).
   */
  private void review(
      String year,
      int[] positions,
      List<String> evidence,
      List<String> respondents,
      int[][] counts,
      int[][] shownCounts,
      java.time.Instant at) {
    SelfReview review = new SelfReview(setting.school, year);
    em.persist(review);
    em.flush();
    List<Placement> placements = new ArrayList<>();
    ReviewElement[] elements = ReviewElement.values();
    for (int i = 0; i < elements.length; i++) {
      String note = evidence.get(i);
      placements.add(new Placement(elements[i], positions[i], note.isEmpty() ? null : note));
    }
    review.place(placements, "eleanor.shah", at);
    for (String username : respondents) {
      em.persist(
          new QuestionnaireRespondent(
              review.getId(), setting.person(username + "@oakfield.example.org").getId()));
    }
    int published = respondents.size() - respondents.size() % 5;
    for (int i = 0; i < elements.length; i++) {
      for (int p = 1; p <= 4; p++) {
        em.persist(
            new QuestionnaireTally(
                review.getId(), elements[i], p, counts[i][p - 1], shownCounts[i][p - 1]));
      }
    }
    review.published(published);
  }

  /** A teacher coaching a TA, delivered three weeks ago: both get the register's record. */
  private void coaching() {
    Course course =
        new Course(
            setting.school,
            "Coaching: adapting reading for pupils with dyslexia",
            DeliveryType.COACHING,
            new BigDecimal("1.5"));
    course.setDescription("A teacher and a TA plan and review reading sessions together.");
    course.addOutcome(setting.competence("CL-04"), 1);
    em.persist(course);
    LocalDate day = setting.today.minusWeeks(3);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.minusDays(1);
    }
    TrainingSession session =
        new TrainingSession(
            course,
            setting.school,
            day.atTime(LocalTime.of(15, 45)),
            day.atTime(LocalTime.of(17, 15)),
            "Year 4 classroom",
            2);
    StaffMember coach = setting.person("esther.mensah@oakfield.example.org");
    StaffMember coachee = setting.person("siobhan.kelly@oakfield.example.org");
    session.setFacilitator(coach);
    session.setStatus(SessionStatus.DELIVERED);
    em.persist(session);
    for (StaffMember person : List.of(coach, coachee)) {
      em.persist(
          new Booking(session, person, BookingStatus.ATTENDED, setting.at(day.minusDays(7))));
      CpdRecord record = CpdRecord.ofCourse(person, course, day, RecordSource.REGISTER);
      record.setSession(session);
      record.verify(DemoSetting.username(coach), setting.at(session.getEndsAt()));
      em.persist(record);
    }
  }
}
