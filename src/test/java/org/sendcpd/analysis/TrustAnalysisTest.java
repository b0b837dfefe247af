package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.WINDOW;
import static org.sendcpd.analysis.WorkforceFixture.day;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine over a workforce of several schools: the whole trust in one analysis. */
class TrustAnalysisTest {

  private static final long A = 1;
  private static final long B = 2;
  private static final long C = 3;
  private static final long CI = 11;
  private static final long CL = 13;
  private static final String CI_AREA = "COMMUNICATION_AND_INTERACTION";

  /** Three schools: A with two TAs, B with one TA and a SENCO, C with pupils and a rule only. */
  private static WorkforceFixture trust() {
    return new WorkforceFixture()
        .competence(CI, CI_AREA)
        .competence(CL, null)
        .person(1, A, "TA", "Class 1", 1.0)
        .person(2, A, "TA", "Class 2", 0.5)
        .person(3, B, "TA", "Class 1", 1.0)
        .person(4, B, "SENCO", "Office", 0.8)
        .require("TA", CI, 1)
        .require("SENCO", CI, 3)
        .verified(1, CI, 2)
        .verified(2, CI, 1)
        .verified(4, CI, 3, day(-200), day(30))
        .need(A, null, CI_AREA, 5, 1)
        .need(C, null, CI_AREA, 3, 0)
        .rule(7, B, CI, 2, 2, null, null, null)
        .rule(8, C, CI, 1, 1, null, null, null)
        .activity(1, "IN_HOUSE", 2.0, 0.0, day(-10))
        .activity(4, "SPECIALIST_EXTERNAL", 6.0, 150.0, day(-20));
  }

  @Test
  void holdingsCountEachSchoolsHolders() {
    CapacityReport r = new CapacityAnalyser(trust().build()).capacity(DATE, WINDOW);
    CapacityReport.Holding ci1 =
        r.holdings().stream()
            .filter(h -> h.competenceId() == CI && h.level() == 1)
            .findFirst()
            .orElseThrow();
    assertEquals(3, ci1.holders());
    assertEquals(Map.of(A, 2, B, 1), ci1.bySchool());
  }

  @Test
  void demandHasARowPerSchoolAndAreaIncludingASchoolWithNoStaff() {
    CapacityReport r = new CapacityAnalyser(trust().build()).capacity(DATE, WINDOW);
    List<CapacityReport.DemandCoverage> ci =
        r.coverage().stream().filter(d -> d.areaOfNeed().equals(CI_AREA)).toList();
    assertEquals(
        List.of(
            new CapacityReport.DemandCoverage(A, CI_AREA, 1, 1.0, 5, 1),
            new CapacityReport.DemandCoverage(B, CI_AREA, 1, 0.8, 0, 0),
            new CapacityReport.DemandCoverage(C, CI_AREA, 0, 0.0, 3, 0)),
        ci);
  }

  @Test
  void singlePointsAndRulesLookOnlyAtTheirOwnSchool() {
    Workforce w = trust().build();
    CapacityReport r = new CapacityAnalyser(w).capacity(DATE, WINDOW);
    assertEquals(
        List.of(
            new CapacityReport.SinglePoint(B, CI, 3, 1, List.of(4L)),
            new CapacityReport.SinglePoint(C, CI, 1, 0, List.of())),
        r.singlePoints());
    List<RuleCheck> rules = new CoverageChecker(w).check(DATE, WINDOW);
    RuleCheck b = rules.get(0);
    assertEquals(List.of(4L), b.holderIds(), "school A's enhanced TA does not count for B");
    assertTrue(b.breachedNow());
    assertTrue(rules.get(1).breachedNow(), "C has nobody, whatever A and B hold");
  }

  @Test
  void expertsAnywhereAtTheLevelOrAboveHighestFirst() {
    WorkforceFixture f =
        trust()
            .person(5, C, "TEACHER", "Year 6", 1.0, null, day(-1))
            .verified(5, CI, 3)
            .person(6, C, "TEACHER", "Year 5", 1.0)
            .pending(6, CI, 3, day(-5), null)
            .verified(6, CI, 3, day(-900), day(-1));
    List<ExpertiseFinder.Expert> experts = new ExpertiseFinder(f.build()).holders(CI, 2, DATE);
    assertEquals(
        List.of(
            new ExpertiseFinder.Expert(4, B, 3, day(30)),
            new ExpertiseFinder.Expert(1, A, 2, null)),
        experts,
        "a leaver, pending and expired evidence, and level 1 holders are not experts");
  }

  @Test
  void expiryIsTheLongestLastingEvidenceAtTheLevelAsked() {
    WorkforceFixture f =
        trust().verified(4, CI, 2, day(-10), day(400)).verified(1, CI, 3, day(-5), day(60));
    List<ExpertiseFinder.Expert> experts = new ExpertiseFinder(f.build()).holders(CI, 2, DATE);
    assertEquals(new ExpertiseFinder.Expert(1, A, 3, null), experts.get(0));
    assertEquals(new ExpertiseFinder.Expert(4, B, 3, day(400)), experts.get(1));
    assertEquals(day(30), new ExpertiseFinder(f.build()).holders(CI, 3, DATE).get(1).expiresOn());
  }

  @Test
  void schoolsSideBySideAndTheTrustTotal() {
    Workforce w = trust().build();
    List<SchoolComparison.Figures> rows =
        SchoolComparison.bySchool(
            w,
            new GapAnalyser(w).gaps(DATE, WINDOW),
            new CapacityAnalyser(w).capacity(DATE, WINDOW),
            new CoverageChecker(w).check(DATE, WINDOW));
    assertEquals(List.of(A, B, C), rows.stream().map(SchoolComparison.Figures::schoolId).toList());
    SchoolComparison.Figures a = rows.get(0);
    assertEquals(new SchoolComparison.Figures(A, 2, 1.5, 0, 0, 2, 2, 0, 0, 0, 0, 2.0, 0.0), a);
    SchoolComparison.Figures b = rows.get(1);
    assertEquals(1, b.gapCells(), "the TA of B holds nothing");
    assertEquals(1, b.peopleWithGaps());
    assertEquals(2, b.requiredCells());
    assertEquals(1, b.metCells(), "the SENCO's expiring certificate still meets today");
    assertEquals(50, b.metPercent());
    assertEquals(1, b.breachedNow());
    assertEquals(1, b.lapses());
    assertEquals(150.0, b.cpdSpend());
    SchoolComparison.Figures c = rows.get(2);
    assertEquals(0, c.staff());
    assertEquals(100, c.metPercent(), "nothing required, nothing short");
    SchoolComparison.Figures total = SchoolComparison.total(rows);
    assertNull(total.schoolId());
    assertEquals(4, total.staff());
    assertEquals(3.3, total.fte());
    assertEquals(2, total.breachedNow());
    assertEquals(75, total.metPercent());
    assertFalse(total.cpdHours() == 0);
  }
}
