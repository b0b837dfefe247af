package org.sendcpd.appraisal.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sendcpd.appraisal.entity.DevelopmentPlan;

/** The four boxes of a development plan's SWOT, as typed or as saved. */
public record Swot(String strengths, String weaknesses, String opportunities, String threats)
    implements Serializable {

  public static Swot of(DevelopmentPlan plan) {
    return new Swot(
        plan.getStrengths(), plan.getWeaknesses(), plan.getOpportunities(), plan.getThreats());
  }

  /** The boxes that differ from {@code other}, by their headings. */
  public List<String> changedFrom(Swot other) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(strengths, other.strengths)) {
      changed.add("Strengths");
    }
    if (!Objects.equals(weaknesses, other.weaknesses)) {
      changed.add("Weaknesses");
    }
    if (!Objects.equals(opportunities, other.opportunities)) {
      changed.add("Opportunities");
    }
    if (!Objects.equals(threats, other.threats)) {
      changed.add("Threats");
    }
    return changed;
  }
}
