package org.sendcpd.selfreview.boundary;

import org.sendcpd.selfreview.control.PlacementDraft;
import org.sendcpd.selfreview.entity.ReviewElement;

/**
 * One element of a self-review: where the leaders place the school (1 bolted-on to 4 whole-school)
 * and their evidence; reading, also last year's position.
 */
public record ElementJson(
    ReviewElement element, Integer position, String evidence, Integer lastYearPosition) {

  PlacementDraft draft() {
    return new PlacementDraft(element, position, evidence);
  }
}
