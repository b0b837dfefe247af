package org.sendcpd.selfreview.boundary;

import java.util.List;
import org.sendcpd.selfreview.control.QuestionnaireResults;
import org.sendcpd.selfreview.entity.ReviewElement;

/**
 * The staff questionnaire of a review: how many answered, how many the counts were taken at (a
 * multiple of five), and per element the answers at positions 1 to 4, or null below five answers.
 */
public record ResponsesJson(
    long reviewId, int respondents, int countedRespondents, List<ElementCounts> counts) {

  /** The answers at positions 1 to 4 of one element. */
  public record ElementCounts(ReviewElement element, List<Integer> positions) {}

  static ResponsesJson of(QuestionnaireResults r) {
    List<ElementCounts> counts =
        r.shown()
            ? r.counts().entrySet().stream()
                .map(e -> new ElementCounts(e.getKey(), e.getValue()))
                .toList()
            : null;
    return new ResponsesJson(r.reviewId(), r.respondents(), r.countedRespondents(), counts);
  }
}
