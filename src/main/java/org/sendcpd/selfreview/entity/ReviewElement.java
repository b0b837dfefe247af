package org.sendcpd.selfreview.entity;

import java.util.List;

/**
 * The five things a school reviews about how it works for pupils with SEND, each with what the four
 * positions on its scale look like, from 1 (bolted-on: SEND belongs to a few specialists) to 4
 * (whole-school: a commitment every adult shares). The wording is ours.
 */
public enum ReviewElement {
  VALUES(
      "Values and commitment",
      List.of(
          "SEND is seen as the SENCO's business; other staff think of pupils with SEND as"
              + " somebody else's responsibility.",
          "Leaders talk about inclusion, but when difficulties arise the pupil is handed to the"
              + " SENCO and support staff.",
          "Most staff see themselves as teachers of every pupil, and inclusion shapes how the"
              + " school makes its decisions.",
          "Every adult shares the commitment: pupils with SEND belong in every class, and"
              + " leaders, staff and families hold one another to it.")),
  TEACHING_AND_LEARNING(
      "Teaching and learning",
      List.of(
          "Pupils with SEND are mostly taught apart, by a TA or in withdrawal groups; class"
              + " teaching is not adapted.",
          "Some teachers adapt their lessons, but it depends on the teacher; the SENCO's advice is"
              + " the main source of ideas.",
          "Adaptive teaching is expected and planned in most classes; teachers and TAs plan"
              + " together.",
          "Staff solve problems together: they watch each other teach, try approaches out and"
              + " share what works across the school.")),
  RESOURCES_FOR_SUPPORT(
      "Resources for support",
      List.of(
          "Support means TA hours attached to named pupils, decided by the SENCO alone.",
          "Resources follow a fixed formula; few staff know what there is or why it goes where it"
              + " does.",
          "Support is planned around the needs across the school, and TAs are trained and"
              + " deployed alongside teachers.",
          "Time, people and training are shared openly and reviewed together for what they do"
              + " for pupils' learning.")),
  SPECIALIST_LEADERSHIP(
      "Specialist leadership roles",
      List.of(
          "One person holds the specialist knowledge, and everything goes through them.",
          "The SENCO has some help, but expertise is not passed on and stays with a few named"
              + " people.",
          "Specialist knowledge is spread: several staff hold it, lead training or coach"
              + " colleagues.",
          "Leadership of SEND is distributed: the SENCO sits with the senior team and many staff"
              + " lead where they are strong.")),
  INTEGRATED_SERVICES(
      "Working with other services",
      List.of(
          "Outside services are called in for single pupils, and their advice seldom reaches the"
              + " classroom.",
          "Contact with services and families goes through the SENCO, one case at a time.",
          "Services, families and staff meet around the pupil, and advice is built into everyday"
              + " teaching.",
          "The school works as one team with services, families and other schools, learning from"
              + " each other and sharing expertise."));

  /** The names of the four positions, 1 first. */
  public static final List<String> POSITIONS =
      List.of("Bolted-on", "Emerging", "Established", "Whole-school");

  public static final int FIRST = 1;
  public static final int LAST = 4;

  private final String title;
  private final List<String> descriptions;

  ReviewElement(String title, List<String> descriptions) {
    this.title = title;
    this.descriptions = descriptions;
  }

  public String title() {
    return title;
  }

  /** What position 1 to 4 looks like on this element. */
  public String description(int position) {
    return descriptions.get(position - 1);
  }

  public List<String> descriptions() {
    return descriptions;
  }

  public static String positionName(int position) {
    return POSITIONS.get(position - 1);
  }
}
