package org.sendcpd.analysis;

import java.util.List;

/**
 * A catalogue course that is on offer, with what completing it evidences. Delivery is the model's
 * DeliveryType name (IN_HOUSE, SPECIALIST_EXTERNAL, ONLINE).
 */
public record CourseOffer(
    long id,
    String title,
    String delivery,
    double hours,
    double costPerPlace,
    Integer validityMonths,
    List<Outcome> outcomes) {

  public record Outcome(long competenceId, int level) {}
}
