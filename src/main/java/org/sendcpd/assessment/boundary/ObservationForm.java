package org.sendcpd.assessment.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** What the "Record an observation" dialog holds while it is open. */
public class ObservationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String competenceCode;
  private Integer level;
  private LocalDate observedOn = LocalDate.now();
  private String note;

  public String getCompetenceCode() {
    return competenceCode;
  }

  public void setCompetenceCode(String competenceCode) {
    this.competenceCode = competenceCode;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public LocalDate getObservedOn() {
    return observedOn;
  }

  public void setObservedOn(LocalDate observedOn) {
    this.observedOn = observedOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
