package org.sendcpd.analysis;

import java.util.List;

/**
 * Every analysis of one workforce over one index of it: the index is the largest thing worked out
 * from the rows after the rows themselves, so the gaps, the capacity, the rules and the rest share
 * it rather than each building its own.
 */
public final class WorkforceEngine {

  private final Workforce workforce;
  private final WorkforceIndex index;

  public WorkforceEngine(Workforce workforce) {
    this.workforce = workforce;
    this.index = new WorkforceIndex(workforce);
  }

  public GapAnalyser gaps() {
    return new GapAnalyser(index);
  }

  public CapacityAnalyser capacity() {
    return new CapacityAnalyser(index);
  }

  public CoverageChecker rules() {
    return new CoverageChecker(index);
  }

  public ExpertiseFinder expertise() {
    return new ExpertiseFinder(index);
  }

  public WholeSchoolAnalyser wholeSchool() {
    return new WholeSchoolAnalyser(index, workforce);
  }

  public GroupGapAdvisor groupGaps() {
    return new GroupGapAdvisor(index);
  }

  /** The schools side by side; the analyses must be of this workforce on the same date. */
  public List<SchoolComparison.Figures> comparison(
      GapReport gaps, CapacityReport capacity, List<RuleCheck> rules) {
    return SchoolComparison.bySchool(index, gaps, capacity, rules);
  }
}
