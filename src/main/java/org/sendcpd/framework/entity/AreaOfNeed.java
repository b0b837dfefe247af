package org.sendcpd.framework.entity;

/**
 * The four broad areas of need of the SEND Code of Practice. A pupil's needs may span several; the
 * school census records one primary need per pupil, and that is what need profiles count.
 */
public enum AreaOfNeed {
  COMMUNICATION_AND_INTERACTION("Communication and interaction"),
  COGNITION_AND_LEARNING("Cognition and learning"),
  SOCIAL_EMOTIONAL_MENTAL_HEALTH("Social, emotional and mental health"),
  SENSORY_AND_PHYSICAL("Sensory and/or physical");

  private final String label;

  AreaOfNeed(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
