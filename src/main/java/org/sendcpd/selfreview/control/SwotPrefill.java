package org.sendcpd.selfreview.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendcpd.appraisal.control.DevelopmentPlans;
import org.sendcpd.appraisal.control.Swot;
import org.sendcpd.appraisal.entity.DevelopmentPlan;

/**
 * Takes a self-review's suggested strengths and weaknesses to the development plan's SWOT of the
 * same year. The suggestions come after what the plan already says (a line already there is not
 * repeated), the leaders edit the result, and saving keeps the plan's opportunities and threats;
 * the plan refuses a copy older than its last save, as its own screen does.
 */
@ApplicationScoped
@Transactional
public class SwotPrefill {

  @Inject DevelopmentPlans plans;

  /** The plan's strengths and weaknesses with the suggestions added, and the plan's version. */
  public Prefilled prefill(long schoolId, String year, SelfReviewPicture picture) {
    DevelopmentPlan plan = plans.plan(schoolId, year);
    return new Prefilled(
        merged(plan.getStrengths(), picture.suggested().strengths()),
        merged(plan.getWeaknesses(), picture.suggested().weaknesses()),
        plan.getId() == null ? null : plan.getRowVersion());
  }

  /** The boxes as the screen shows them before saving. */
  public record Prefilled(String strengths, String weaknesses, Integer planVersion)
      implements java.io.Serializable {}

  public void save(
      long schoolId, String year, String strengths, String weaknesses, Integer planVersion) {
    DevelopmentPlan plan = plans.plan(schoolId, year);
    plans.saveSwot(
        schoolId,
        year,
        new Swot(strengths, weaknesses, plan.getOpportunities(), plan.getThreats()),
        planVersion);
  }

  public boolean mayEdit(long schoolId) {
    return plans.mayEdit(schoolId);
  }

  static String merged(String existing, List<String> suggested) {
    Set<String> lines = new LinkedHashSet<>();
    if (existing != null) {
      existing.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
    }
    lines.addAll(new ArrayList<>(suggested));
    return String.join("\n", lines);
  }
}
