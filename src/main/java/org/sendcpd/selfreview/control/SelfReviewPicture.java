package org.sendcpd.selfreview.control;

import java.time.LocalDate;
import java.util.Map;
import org.sendcpd.analysis.SwotSuggestions;
import org.sendcpd.analysis.WholeSchoolIndicators;
import org.sendcpd.selfreview.entity.ReviewElement;

/**
 * Everything a self-review shows for a school and year, the screen and the governors' summary
 * alike: this year's and last year's placements (position and evidence per element), the indicators
 * on the date (today, or the last day of a past year) and on the last day of last year, the staff
 * questionnaire as it may be shown, and the SWOT points they suggest.
 */
public record SelfReviewPicture(
    long schoolId,
    String schoolName,
    String academicYear,
    String lastYear,
    Long reviewId,
    Map<ReviewElement, Placed> placed,
    Map<ReviewElement, Placed> lastYearPlaced,
    LocalDate date,
    WholeSchoolIndicators indicators,
    LocalDate lastYearDate,
    WholeSchoolIndicators lastYearIndicators,
    QuestionnaireResults questionnaire,
    SwotSuggestions.Suggested suggested) {

  /** One element's position and evidence. */
  public record Placed(int position, String evidence) {}
}
