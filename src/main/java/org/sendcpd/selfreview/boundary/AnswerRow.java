package org.sendcpd.selfreview.boundary;

import java.io.Serializable;
import java.util.List;
import org.sendcpd.selfreview.entity.ReviewElement;

/** One element of the staff questionnaire, with the person's answer and, when shown, the counts. */
public class AnswerRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ReviewElement element;
  private final List<Integer> counts;
  private Integer position;

  AnswerRow(ReviewElement element, List<Integer> counts) {
    this.element = element;
    this.counts = counts;
  }

  public ReviewElement getElement() {
    return element;
  }

  public String getTitle() {
    return element.title();
  }

  public List<String> getDescriptions() {
    return element.descriptions();
  }

  public List<Integer> getCounts() {
    return counts;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }
}
