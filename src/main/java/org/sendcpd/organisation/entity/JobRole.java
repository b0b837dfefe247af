package org.sendcpd.organisation.entity;

/** The job a member of staff is employed to do; role requirements of a framework hang off it. */
public enum JobRole {
  TEACHER("Teacher"),
  ECT("Early-career teacher"),
  TA("Teaching assistant"),
  HLTA("Higher-level teaching assistant"),
  SENCO("SENCO"),
  SLT("Senior leadership"),
  HEADTEACHER("Headteacher"),
  SUPPORT("Support staff");

  private final String label;

  JobRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The label of a role given by its code, as the engine and the API carry it; an unknown code is
   * shown as it is rather than failing a page.
   */
  public static String labelOf(String code) {
    for (JobRole role : values()) {
      if (role.name().equals(code)) {
        return role.label;
      }
    }
    return code == null ? "" : code;
  }

  public boolean teaches() {
    return this == TEACHER || this == ECT || this == SENCO || this == SLT || this == HEADTEACHER;
  }
}
