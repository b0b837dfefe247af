package org.sendcpd.training.entity;

/** How training reaches staff; spend and hours are reported by delivery type. */
public enum DeliveryType {
  /** Run by the school's own staff, often on an INSET day or after school. */
  IN_HOUSE("In-house"),
  /** Bought in or attended outside: specialist teachers, therapists, accredited trainers. */
  SPECIALIST_EXTERNAL("Specialist (external)"),
  /** Self-paced or live online courses. */
  ONLINE("Online"),
  /** A coach and a coachee (or a small group) meeting over a term: both sides record the hours. */
  COACHING("Coaching"),
  /** Colleagues watching each other teach and talking it through afterwards. */
  PEER_OBSERVATION("Peer observation"),
  /** A small group trying out an approach in their classes and reporting back on what worked. */
  COLLABORATIVE_ENQUIRY("Collaborative enquiry"),
  /** A specialist from another school of the trust working with staff here, or ours there. */
  SCHOOL_TO_SCHOOL("School-to-school support");

  /** The most places a collaborative session has: a pair, or a group small enough to talk. */
  public static final int SMALL_GROUP = 8;

  private final String label;

  DeliveryType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Whether it is learning between colleagues, for a pair or a small group: its register counts the
   * member of staff who leads (the coach, the observer, the enquiry's lead) as well as those who
   * took part, each with the hours they spent.
   */
  public boolean isCollaborative() {
    return this == COACHING
        || this == PEER_OBSERVATION
        || this == COLLABORATIVE_ENQUIRY
        || this == SCHOOL_TO_SCHOOL;
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
