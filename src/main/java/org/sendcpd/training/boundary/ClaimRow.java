package org.sendcpd.training.boundary;

import java.io.Serializable;

/** One line of the "competences claimed" part of the Log CPD form. */
public class ClaimRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String competenceCode;
  private Integer level;

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
}
