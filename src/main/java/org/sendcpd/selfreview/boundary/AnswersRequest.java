package org.sendcpd.selfreview.boundary;

import java.util.List;
import org.sendcpd.selfreview.entity.ReviewElement;

/** One person's questionnaire: {"answers": [{"element": "VALUES", "position": 2}, ...]}. */
public record AnswersRequest(List<Answer> answers) {

  /** Where the person places the school on one element. */
  public record Answer(ReviewElement element, Integer position) {}
}
