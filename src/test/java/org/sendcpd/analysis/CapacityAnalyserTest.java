package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.OTHER_SCHOOL;
import static org.sendcpd.analysis.WorkforceFixture.SCHOOL;
import static org.sendcpd.analysis.WorkforceFixture.WINDOW;
import static org.sendcpd.analysis.WorkforceFixture.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacityAnalyserTest {

  private static final long CI = 11;
  private static final long CI2 = 12;
  private static final long CL = 13;
  private static final long FAMILIES = 14;
  private static final String CI_AREA = "COMMUNICATION_AND_INTERACTION";
  private static final String CL_AREA = "COGNITION_AND_LEARNING";

  private static WorkforceFixture school() {
    return new WorkforceFixture()
        .competence(CI, CI_AREA)
        .competence(CI2, CI_AREA)
        .competence(CL, CL_AREA)
        .competence(FAMILIES, null);
  }

  private static CapacityReport capacity(WorkforceFixture f) {
    return new CapacityAnalyser(f.build()).capacity(DATE, WINDOW);
  }

  private static CapacityReport.Holding holding(CapacityReport r, long competence, int level) {
    return r.holdings().stream()
        .filter(h -> h.competenceId() == competence && h.level() == level)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void holdersCountAtTheirLevelAndEveryLevelBelow() {
    CapacityReport r =
        capacity(
            school()
                .person(1, SCHOOL, "TA", "Class 1", 0.6)
                .person(2, OTHER_SCHOOL, "TEACHER", "Year 2", 1.0)
                .verified(1, CI, 3)
                .verified(2, CI, 1));
    CapacityReport.Holding universal = holding(r, CI, 1);
    assertEquals(2, universal.holders());
    assertEquals(1.6, universal.fte(), 1e-9);
    assertEquals(Map.of("TA", 1, "TEACHER", 1), universal.byRole());
    assertEquals(Map.of(SCHOOL, 1, OTHER_SCHOOL, 1), universal.bySchool());
    assertEquals(1, holding(r, CI, 2).holders());
    assertEquals(1, holding(r, CI, 3).holders());
    assertEquals(Map.of("TA", 1), holding(r, CI, 3).byRole());
  }

  @Test
  void everyCompetenceLevelHasARowEvenWithNoHolders() {
    CapacityReport r = capacity(school().person(1, "TA"));
    assertEquals(4 * 3, r.holdings().size());
    assertEquals(0, holding(r, CL, 2).holders());
    assertEquals(Map.of(), holding(r, CL, 2).byRole());
  }

  @Test
  void leaversStartersExpiredAndPendingDoNotHold() {
    CapacityReport r =
        capacity(
            school()
                .leaver(1, "TA", DATE)
                .starter(2, "TA", day(1))
                .person(3, "TA")
                .person(4, "TA")
                .verified(1, CI, 2)
                .verified(2, CI, 2)
                .verified(3, CI, 2, day(-400), DATE)
                .pending(4, CI, 2, day(-3), null));
    assertEquals(0, holding(r, CI, 1).holders());
  }

  @Test
  void singlePointWithNoHolder() {
    CapacityReport r = capacity(school().person(1, "TA").require("TA", CI, 2).verified(1, CI, 1));
    CapacityReport.SinglePoint p = r.singlePoints().get(0);
    assertEquals(new CapacityReport.SinglePoint(SCHOOL, CI, 2, 0, List.of()), p);
  }

  @Test
  void singlePointWithOneHolder() {
    CapacityReport r =
        capacity(school().person(1, "TA").person(2, "TA").require("TA", CI, 2).verified(2, CI, 3));
    assertEquals(
        List.of(new CapacityReport.SinglePoint(SCHOOL, CI, 2, 1, List.of(2L))), r.singlePoints());
  }

  @Test
  void noSinglePointWithTwoHolders() {
    CapacityReport r =
        capacity(
            school()
                .person(1, "TA")
                .person(2, "TA")
                .require("TA", CI, 2)
                .verified(1, CI, 2)
                .verified(2, CI, 2));
    assertTrue(r.singlePoints().isEmpty());
  }

  @Test
  void singlePointAtTheHighestLevelRequiredOfAnyone() {
    CapacityReport r =
        capacity(
            school()
                .person(1, "TA")
                .person(2, "TA")
                .require("TA", CI, 1)
                .objective(1, CI, 3)
                .verified(1, CI, 2)
                .verified(2, CI, 2));
    assertEquals(
        List.of(new CapacityReport.SinglePoint(SCHOOL, CI, 3, 0, List.of())), r.singlePoints());
  }

  @Test
  void coverageRuleMakesACompetenceRequired() {
    CapacityReport r =
        capacity(
            school()
                .person(1, "TA")
                .verified(1, FAMILIES, 2)
                .rule(1, FAMILIES, 2, 2, "Whole school"));
    assertEquals(
        List.of(new CapacityReport.SinglePoint(SCHOOL, FAMILIES, 2, 1, List.of(1L))),
        r.singlePoints());
  }

  @Test
  void ruleThatEndedBeforeTheDateRequiresNothing() {
    CapacityReport r =
        capacity(
            school().person(1, "TA").rule(1, SCHOOL, FAMILIES, 2, 2, "Trip", day(-30), day(-1)));
    assertTrue(r.singlePoints().isEmpty());
  }

  @Test
  void singlePointsArePerSchoolAndLeaversDoNotRequire() {
    CapacityReport r =
        capacity(
            school()
                .person(1, SCHOOL, "TA", "Class 1", 1.0)
                .person(2, OTHER_SCHOOL, "TA", "Class 1", 1.0)
                .person(3, OTHER_SCHOOL, "SENCO", "Office", 1.0, null, day(-1))
                .require("TA", CI, 1)
                .require("SENCO", CL, 3)
                .verified(1, CI, 1)
                .verified(2, CI, 1)
                .verified(3, CI, 1));
    assertEquals(
        List.of(
            new CapacityReport.SinglePoint(SCHOOL, CI, 1, 1, List.of(1L)),
            new CapacityReport.SinglePoint(OTHER_SCHOOL, CI, 1, 1, List.of(2L))),
        r.singlePoints());
  }

  @Test
  void demandCoverageCountsEachAdultOncePerArea() {
    CapacityReport r =
        capacity(
            school()
                .person(1, SCHOOL, "TA", "Class 1", 0.5)
                .person(2, SCHOOL, "TA", "Class 1", 1.0)
                .person(3, SCHOOL, "TA", "Class 1", 1.0)
                .verified(1, CI, 2)
                .verified(1, CI2, 3)
                .verified(2, CI, 1)
                .verified(3, CL, 2)
                .verified(3, FAMILIES, 3)
                .need(SCHOOL, null, CI_AREA, 12, 3));
    CapacityReport.DemandCoverage ci = coverage(r, SCHOOL, CI_AREA);
    assertEquals(new CapacityReport.DemandCoverage(SCHOOL, CI_AREA, 1, 0.5, 12, 3), ci);
    assertEquals(1, coverage(r, SCHOOL, CL_AREA).adults());
    assertEquals(2, r.coverage().size());
  }

  @Test
  void demandUsesWholeSchoolRowsSummedAndIgnoresYearGroupsBesideThem() {
    CapacityReport r =
        capacity(
            school()
                .person(1, "TA")
                .need(SCHOOL, null, CI_AREA, 10, 2)
                .need(SCHOOL, null, CI_AREA, 5, 1)
                .need(SCHOOL, "Year 2", CI_AREA, 4, 1));
    assertEquals(15, coverage(r, SCHOOL, CI_AREA).pupils());
    assertEquals(3, coverage(r, SCHOOL, CI_AREA).ehcPlans());
  }

  @Test
  void demandFallsBackToYearGroupsWhenNoWholeSchoolRow() {
    CapacityReport r =
        capacity(
            school()
                .person(1, "TA")
                .need(SCHOOL, "Year 1", CL_AREA, 3, 0)
                .need(SCHOOL, "Year 2", CL_AREA, 4, 1));
    assertEquals(7, coverage(r, SCHOOL, CL_AREA).pupils());
  }

  @Test
  void schoolWithAdultsButNoNeedsGetsRowsWithNoPupils() {
    CapacityReport r =
        capacity(
            school()
                .person(1, SCHOOL, "TA", "Class 1", 1.0)
                .person(2, OTHER_SCHOOL, "TA", "Class 1", 1.0)
                .verified(2, CI, 2)
                .need(SCHOOL, null, CI_AREA, 8, 1));
    assertEquals(
        new CapacityReport.DemandCoverage(OTHER_SCHOOL, CI_AREA, 1, 1.0, 0, 0),
        coverage(r, OTHER_SCHOOL, CI_AREA));
    assertEquals(
        new CapacityReport.DemandCoverage(SCHOOL, CI_AREA, 0, 0.0, 8, 1),
        coverage(r, SCHOOL, CI_AREA));
    assertEquals(4, r.coverage().size());
  }

  private static CapacityReport.DemandCoverage coverage(
      CapacityReport r, long school, String area) {
    return r.coverage().stream()
        .filter(c -> c.schoolId() == school && c.areaOfNeed().equals(area))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void lapsesWithinTheWindowSoonestFirst() {
    CapacityReport r =
        capacity(
            school()
                .person(1, "TA")
                .person(2, "TA")
                .leaver(3, "TA", day(-1))
                .verified(1, CI, 2, day(-300), day(WINDOW))
                .verified(2, CL, 1, day(-300), day(1))
                .verified(1, CL, 2, day(-300), day(WINDOW + 1))
                .verified(1, CI2, 2, day(-300), DATE)
                .verified(2, CI2, 2, day(5), day(20))
                .pending(2, CI, 2, day(-30), day(10))
                .verified(3, CI, 2, day(-300), day(10)));
    assertEquals(
        List.of(day(1), day(WINDOW)),
        r.lapses().stream().map(CapacityReport.Lapse::expiresOn).toList());
    CapacityReport.Lapse first = r.lapses().get(0);
    assertEquals(2, first.staffId());
    assertEquals(CL, first.competenceId());
    assertEquals(1, first.level());
  }

  @Test
  void spendCountsTheAcademicYearUpToTheDate() {
    CapacityReport r =
        capacity(
            school()
                .person(1, "TA")
                .activity(1, "IN_HOUSE", 2, 0, LocalDate.of(2026, 9, 1))
                .activity(1, "ONLINE", 1.5, 20, DATE)
                .activity(1, "SPECIALIST_EXTERNAL", 6, 300, LocalDate.of(2026, 8, 31))
                .activity(1, "ONLINE", 3, 40, day(1))
                .activity(1, "IN_HOUSE", 1, 0, LocalDate.of(2026, 10, 1)));
    CapacityReport.Spend s = r.spend().get(0);
    assertEquals(4.5, s.hours(), 1e-9);
    assertEquals(20, s.cost(), 1e-9);
    assertEquals(Map.of("IN_HOUSE", 3.0, "ONLINE", 1.5), s.hoursByDelivery());
    assertEquals(Map.of("IN_HOUSE", 0.0, "ONLINE", 20.0), s.costByDelivery());
    assertEquals("TA", s.jobRole());
  }

  @Test
  void academicYearOfASummerDateBeganTheSeptemberBefore() {
    assertEquals(
        LocalDate.of(2025, 9, 1), SpendCounter.academicYearStart(LocalDate.of(2026, 8, 31)));
    assertEquals(
        LocalDate.of(2026, 9, 1), SpendCounter.academicYearStart(LocalDate.of(2026, 9, 1)));
    CapacityReport r =
        new CapacityAnalyser(
                school()
                    .person(1, "TA")
                    .activity(1, "ONLINE", 2, 10, LocalDate.of(2025, 9, 1))
                    .activity(1, "ONLINE", 5, 10, LocalDate.of(2025, 8, 31))
                    .build())
            .capacity(LocalDate.of(2026, 7, 20), WINDOW);
    assertEquals(2, r.spend().get(0).hours(), 1e-9);
  }

  @Test
  void roleSpendCountsEveryoneInTheRoleIncludingThoseWithNone() {
    CapacityReport r =
        capacity(
            school()
                .person(1, "TA")
                .person(2, "TA")
                .person(3, "TEACHER")
                .leaver(4, "TA", day(-10))
                .activity(1, "ONLINE", 2, 10, day(-5))
                .activity(3, "IN_HOUSE", 1, 0, day(-5))
                .activity(4, "ONLINE", 9, 99, day(-50)));
    assertEquals(3, r.spend().size());
    CapacityReport.RoleSpend ta = r.spendByRole().get(0);
    assertEquals(
        new CapacityReport.RoleSpend(
            "TA", 2, 2.0, 10.0, Map.of("ONLINE", 2.0), Map.of("ONLINE", 10.0)),
        ta);
    assertEquals("TEACHER", r.spendByRole().get(1).jobRole());
  }

  @Test
  void oneSchoolOnly() {
    WorkforceFixture f =
        school()
            .person(1, SCHOOL, "TA", "Class 1", 1.0)
            .person(2, OTHER_SCHOOL, "TA", "Class 1", 1.0)
            .verified(1, CI, 1)
            .verified(2, CI, 1);
    CapacityAnalyser a = new CapacityAnalyser(f.build());
    CapacityReport one = a.capacity(OTHER_SCHOOL, DATE, WINDOW);
    assertEquals(1, holding(one, CI, 1).holders());
    assertEquals(Map.of(OTHER_SCHOOL, 1), holding(one, CI, 1).bySchool());
    assertTrue(one.coverage().stream().allMatch(c -> c.schoolId() == OTHER_SCHOOL));
    assertEquals(List.of(2L), one.spend().stream().map(CapacityReport.Spend::staffId).toList());
    assertEquals(2, holding(a.capacity(null, DATE, WINDOW), CI, 1).holders());
  }
}
