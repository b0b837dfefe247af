package org.sendcpd.selfreview.boundary;

import java.io.Serializable;
import java.util.List;
import org.sendcpd.selfreview.entity.ReviewElement;

/** One element as the self-review screen edits it: the leaders' choice beside last year's. */
public class ElementRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ReviewElement element;
  private final Integer lastYearPosition;
  private final List<Integer> staffCounts;
  private Integer position;
  private String evidence;

  ElementRow(
      ReviewElement element,
      Integer position,
      String evidence,
      Integer lastYearPosition,
      List<Integer> staffCounts) {
    this.element = element;
    this.position = position;
    this.evidence = evidence;
    this.lastYearPosition = lastYearPosition;
    this.staffCounts = staffCounts;
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

  public Integer getLastYearPosition() {
    return lastYearPosition;
  }

  public String getLastYearText() {
    return lastYearPosition == null
        ? "not placed"
        : lastYearPosition + " " + ReviewElement.positionName(lastYearPosition);
  }

  /** The staff's answers at positions 1 to 4, or null while fewer than five have answered. */
  public List<Integer> getStaffCounts() {
    return staffCounts;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }
}
