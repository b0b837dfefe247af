package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.WholeSchoolIndicators;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.selfreview.control.QuestionnaireResults;
import org.sendcpd.selfreview.control.SelfReviewPicture;
import org.sendcpd.selfreview.control.SelfReviewPictures;
import org.sendcpd.selfreview.entity.QuestionnaireTally;
import org.sendcpd.selfreview.entity.ReviewElement;
import org.sendcpd.selfreview.entity.SelfReview;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.workforce.control.DemoAnalysis;

/**
 * The governors' summary of Oakfield's demo self-review: one page, this year's positions beside
 * last year's, the indicators now and at the end of last year, and the suggested SWOT points; the
 * PDF is kept under target/reports to look at.
 */
class SelfReviewReportTest {

  static JpaTestDatabase db;
  static SelfReviewPicture picture;

  @BeforeAll
  static void loadDemo() {
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
    WholeSchoolIndicators now = DemoAnalysis.of(db, DemoDatabase.TODAY, 90).wholeSchool();
    WholeSchoolIndicators before = DemoAnalysis.of(db, LocalDate.of(2026, 8, 31), 90).wholeSchool();
    picture =
        db.inTransaction(
            em -> {
              String school = em.find(School.class, now.schoolId()).getName();
              Optional<SelfReview> review = review(em, now.schoolId(), "2026/27");
              return SelfReviewPictures.assemble(
                  school,
                  "2026/27",
                  review,
                  review(em, now.schoolId(), "2025/26"),
                  now,
                  before,
                  results(em, review.orElseThrow()));
            });
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  static Optional<SelfReview> review(EntityManager em, long schoolId, String year) {
    return em.createNamedQuery(SelfReview.FIND_BY_SCHOOL_AND_YEAR, SelfReview.class)
        .setParameter("schoolId", schoolId)
        .setParameter("academicYear", year)
        .getResultStream()
        .findFirst();
  }

  /** The published counts, as the questionnaire shows them. */
  static QuestionnaireResults results(EntityManager em, SelfReview review) {
    Map<ReviewElement, List<Integer>> counts = new EnumMap<>(ReviewElement.class);
    for (ReviewElement e : ReviewElement.values()) {
      counts.put(e, new ArrayList<>(List.of(0, 0, 0, 0)));
    }
    em.createNamedQuery(QuestionnaireTally.FIND_BY_REVIEW, QuestionnaireTally.class)
        .setParameter("reviewId", review.getId())
        .getResultList()
        .forEach(t -> counts.get(t.getElement()).set(t.getPosition() - 1, t.getPublishedAnswers()));
    return new QuestionnaireResults(review.getId(), 6, review.getPublishedRespondents(), counts);
  }

  @Test
  void theDemoReviewPrintsOnOnePageBesideLastYear() {
    ReportHeader header = DemoReports.header(picture.schoolName());
    ReportData data = SelfReviewData.of(picture, header);
    byte[] pdf =
        DemoReports.save(
            "self-review", ReportFormat.PDF, new ReportRenderer().render(data, ReportFormat.PDF));
    DemoReports.PdfText text = DemoReports.text(pdf);
    assertEquals(1, text.pages(), text.text());
    String t = text.text().replaceAll("\\s+", " ");
    assertTrue(t.contains("Whole-school self-review 2026/27"), t);
    assertTrue(t.contains("compared with 2025/26"), t);
    assertTrue(t.contains("Values and commitment 3 Established 2 Emerging up 1"), t);
    assertTrue(t.contains("Specialist leadership roles 1 Bolted-on 1 Bolted-on same"), t);
    assertTrue(
        t.contains("6 staff answered the anonymous questionnaire; counts as at 5 answers"), t);
    WholeSchoolIndicators.SinglePoints points = picture.indicators().singlePointsOfFailure();
    assertTrue(
        t.contains(
            "The SENCO is the only holder in "
                + points.onlyHolderIsSenco()
                + " of "
                + points.total()
                + " single points of failure"),
        t);
    assertTrue(t.contains("Specialist-level holdings held by the SENCO"), t);
    byte[] xlsx = new ReportRenderer().render(data, ReportFormat.XLSX);
    assertTrue(xlsx.length > 0 && xlsx[0] == 'P' && xlsx[1] == 'K', "a spreadsheet too");
  }

  @Test
  void theCoachLeadsBesidesTheSenco() {
    WholeSchoolIndicators.StaffLed led = picture.indicators().staffWhoLedTraining();
    assertTrue(led.count() >= 2, led.toString());
  }
}
