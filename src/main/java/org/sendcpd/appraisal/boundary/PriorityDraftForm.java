package org.sendcpd.appraisal.boundary;

import java.io.Serializable;
import org.sendcpd.framework.entity.AreaOfNeed;

/** The new-priority form of the development plan screen. */
public class PriorityDraftForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private AreaOfNeed areaOfNeed;
  private String successMeasure;
  private String timescale;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public AreaOfNeed getAreaOfNeed() {
    return areaOfNeed;
  }

  public void setAreaOfNeed(AreaOfNeed areaOfNeed) {
    this.areaOfNeed = areaOfNeed;
  }

  public String getSuccessMeasure() {
    return successMeasure;
  }

  public void setSuccessMeasure(String successMeasure) {
    this.successMeasure = successMeasure;
  }

  public String getTimescale() {
    return timescale;
  }

  public void setTimescale(String timescale) {
    this.timescale = timescale;
  }
}
