package org.sendcpd.selfreview.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.analysis.SwotSuggestions;
import org.sendcpd.analysis.WholeSchoolIndicators;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.selfreview.entity.Placement;
import org.sendcpd.selfreview.entity.ReviewElement;
import org.sendcpd.selfreview.entity.SelfReview;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/** Puts together a {@link SelfReviewPicture}, with the access checks of the review and analysis. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SelfReviewPictures {

  @Inject SelfReviews reviews;
  @Inject Questionnaire questionnaire;
  @Inject WorkforceAnalyses analyses;
  @Inject StaffService staff;
  Clock clock = Clock.systemDefaultZone();

  /** The year's review with its indicators as at today, or its last day once it is over. */
  public SelfReviewPicture of(long schoolId, String year) {
    LocalDate today = LocalDate.now(clock);
    LocalDate end = ReviewYears.lastDay(year);
    return of(schoolId, year, today.isAfter(end) ? end : today);
  }

  /** The review of the year with its indicators as at a date (a report's reference date). */
  public SelfReviewPicture of(long schoolId, String year, LocalDate date) {
    Optional<SelfReview> review = reviews.find(schoolId, year);
    String lastYear = ReviewYears.previous(year);
    LocalDate lastDate = ReviewYears.lastDay(lastYear);
    return assemble(
        staff.school(schoolId).getName(),
        year,
        review,
        reviews.find(schoolId, lastYear),
        indicators(schoolId, date),
        indicators(schoolId, lastDate),
        review.map(r -> questionnaire.results(r)).orElse(null));
  }

  /** The picture from what has been read: this year's and last year's reviews and indicators. */
  public static SelfReviewPicture assemble(
      String schoolName,
      String year,
      Optional<SelfReview> review,
      Optional<SelfReview> lastYear,
      WholeSchoolIndicators indicators,
      WholeSchoolIndicators lastYearIndicators,
      QuestionnaireResults results) {
    Map<ReviewElement, SelfReviewPicture.Placed> placed = placed(review);
    return new SelfReviewPicture(
        indicators.schoolId(),
        schoolName,
        year,
        ReviewYears.previous(year),
        review.map(SelfReview::getId).orElse(null),
        placed,
        placed(lastYear),
        indicators.date(),
        indicators,
        lastYearIndicators.date(),
        lastYearIndicators,
        results,
        suggested(indicators, placed));
  }

  /** The self-review's indicators of a school on a date, for those who see the school. */
  public WholeSchoolIndicators indicators(long schoolId, LocalDate date) {
    return analyses.school(schoolId, date).wholeSchool();
  }

  static SwotSuggestions.Suggested suggested(
      WholeSchoolIndicators indicators, Map<ReviewElement, SelfReviewPicture.Placed> placed) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    placed.forEach((element, p) -> positions.put(element.title(), p.position()));
    return SwotSuggestions.of(indicators, positions, SelfReviewPictures::areaLabel);
  }

  /** The words for an area of need's code; a code the model does not know is shown as it is. */
  public static String areaLabel(String code) {
    for (AreaOfNeed area : AreaOfNeed.values()) {
      if (area.name().equals(code)) {
        return area.label();
      }
    }
    return code;
  }

  private static Map<ReviewElement, SelfReviewPicture.Placed> placed(Optional<SelfReview> review) {
    Map<ReviewElement, SelfReviewPicture.Placed> placed = new EnumMap<>(ReviewElement.class);
    review.ifPresent(
        r -> {
          for (Placement p : r.getPlacements()) {
            placed.put(
                p.getElement(), new SelfReviewPicture.Placed(p.getPosition(), p.getEvidence()));
          }
        });
    return placed;
  }
}
