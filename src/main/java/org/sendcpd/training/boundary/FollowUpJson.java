package org.sendcpd.training.boundary;

import org.sendcpd.analysis.FollowUpStage;

/**
 * What a PUT of a record's follow-up takes: the person's plan ({@code intendedChange}), an answer
 * ({@code stage} and {@code note}), or both at once.
 */
public record FollowUpJson(IntendedChangeJson intendedChange, FollowUpStage stage, String note) {

  /** What the person will change, and for which area of need (an area code such as "CI"). */
  public record IntendedChangeJson(String text, String areaCode) {}
}
