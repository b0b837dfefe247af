package org.sendcpd.selfreview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where the leaders place the school on one element, and what they base it on. */
@Embeddable
public class Placement {

  public static final int EVIDENCE_MAX = 2000;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "element")
  private ReviewElement element;

  @Min(ReviewElement.FIRST)
  @Max(ReviewElement.LAST)
  @Column(name = "scale_position")
  private int position;

  @Size(max = EVIDENCE_MAX)
  private String evidence;

  protected Placement() {}

  public Placement(ReviewElement element, int position, String evidence) {
    this.element = element;
    this.position = position;
    this.evidence = evidence;
  }

  public ReviewElement getElement() {
    return element;
  }

  public int getPosition() {
    return position;
  }

  public String getEvidence() {
    return evidence;
  }
}
