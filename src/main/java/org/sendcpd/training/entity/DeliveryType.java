package org.sendcpd.training.entity;

/** How training reaches staff; spend and hours are reported by delivery type. */
public enum DeliveryType {
  /** Run by the school's own staff, often on an INSET day or after school. */
  IN_HOUSE("In-house"),
  /** Bought in or attended outside: specialist teachers, therapists, accredited trainers. */
  SPECIALIST_EXTERNAL("Specialist (external)"),
  /** Self-paced or live online courses. */
  ONLINE("Online"),
  /** Support from a colleague of another school of the trust, asked for through outreach. */
  SCHOOL_TO_SCHOOL("School-to-school support");

  private final String label;

  DeliveryType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a delivery type given by its code; an unknown code is shown as it is. */
  public static String labelOf(String code) {
    for (DeliveryType type : values()) {
      if (type.name().equals(code)) {
        return type.label;
      }
    }
    return code == null ? "" : code;
  }
}
