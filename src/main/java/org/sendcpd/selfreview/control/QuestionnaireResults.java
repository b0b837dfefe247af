package org.sendcpd.selfreview.control;

import java.util.List;
import java.util.Map;
import org.sendcpd.selfreview.entity.ReviewElement;

/**
 * The staff questionnaire as it may be shown: how many have answered, and the counts per element
 * and position as they stood at the last fifth answer. Counts are null until five have answered.
 *
 * @param counts per element, the answers at positions 1 to 4; null below five answers
 */
public record QuestionnaireResults(
    long reviewId,
    int respondents,
    int countedRespondents,
    Map<ReviewElement, List<Integer>> counts) {

  /** How many staff must answer before any count is shown. */
  public static final int SHOWN_FROM = 5;

  public boolean shown() {
    return counts != null;
  }
}
