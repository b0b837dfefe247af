package org.sendcpd.analysis;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.SCHOOL;
import static org.sendcpd.analysis.WorkforceFixture.WINDOW;
import static org.sendcpd.analysis.WorkforceFixture.day;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capacity by group and day, and coverage rules counted against who is deployed where. */
class DeploymentAnalysisTest {

  private static final long AUTISM = 11;
  private static final long READING = 12;
  private static final long MIDAZOLAM = 21;
  private static final String CI = "COMMUNICATION_AND_INTERACTION";
  private static final DayOfWeek[] WEEK = SchoolDays.WEEK.toArray(DayOfWeek[]::new);

  /** Year 2 has four autistic pupils; TA 1 (enhanced) is there Mon-Wed, TA 2 (enhanced) Thu-Fri. */
  private static WorkforceFixture year2() {
    return new WorkforceFixture()
        .competence(AUTISM, CI)
        .competence(READING, "COGNITION_AND_LEARNING")
        .competence(MIDAZOLAM, null)
        .person(1, SCHOOL, "TA", "Year 2", 1.0)
        .person(2, SCHOOL, "TA", "Year 2", 0.4)
        .person(3, SCHOOL, "TA", "Year 3", 1.0)
        .person(4, SCHOOL, "TEACHER", "Year 2", 1.0)
        .need(SCHOOL, null, CI, 30, 5)
        .need(SCHOOL, "Year 2", CI, 4, 1)
        .need(SCHOOL, "Year 2", "COGNITION_AND_LEARNING", 0, 0)
        .verified(1, AUTISM, 2)
        .verified(2, AUTISM, 3)
        .verified(3, AUTISM, 2)
        .verified(4, AUTISM, 1)
        .deploy(1, "Year 2", MONDAY, TUESDAY, WEDNESDAY)
        .deploy(2, "year  2", THURSDAY, FRIDAY)
        .deploy(3, "Year 3", WEEK)
        .deploy(4, "Year 2", WEEK);
  }

  private static List<CapacityReport.GroupCover> byGroup(WorkforceFixture f) {
    return new CapacityAnalyser(f.build()).capacity(SCHOOL, DATE, WINDOW).byGroup();
  }

  @Test
  void aGroupsNeedProfileDrivesItsCapacityDayByDay() {
    List<CapacityReport.GroupCover> rows = byGroup(year2());
    assertEquals(1, rows.size(), "areas without pupils and groups without a profile are left out");
    CapacityReport.GroupCover y2 = rows.get(0);
    assertEquals("Year 2", y2.group());
    assertEquals(CI, y2.areaOfNeed());
    assertEquals(4, y2.pupils());
    assertEquals(1, y2.ehcPlans());
    assertEquals(List.of(1L), y2.adultsByDay().get(TUESDAY));
    assertEquals(List.of(2L), y2.adultsByDay().get(FRIDAY), "names match ignoring case and spaces");
    assertEquals(List.of(), y2.gapDays(), "the universal-level teacher never counts");
  }

  @Test
  void movingTheTaOutOnTuesdaysLeavesATuesdayGap() {
    WorkforceFixture moved =
        new WorkforceFixture()
            .competence(AUTISM, CI)
            .person(1, SCHOOL, "TA", "Year 2", 1.0)
            .person(2, SCHOOL, "TA", "Year 2", 0.4)
            .need(SCHOOL, "Year 2", CI, 4, 1)
            .verified(1, AUTISM, 2)
            .verified(2, AUTISM, 2)
            .deploy(1, "Year 2", MONDAY, WEDNESDAY)
            .deploy(1, "Year 3", TUESDAY)
            .deploy(2, "Year 2", THURSDAY, FRIDAY);
    CapacityReport.GroupCover y2 = byGroup(moved).get(0);
    assertEquals(List.of(TUESDAY), y2.gapDays());
    assertEquals(0, y2.adultsOn(TUESDAY));
  }

  @Test
  void aProfiledGroupWithNobodyDeployedIsAGapEveryDay() {
    List<CapacityReport.GroupCover> rows =
        byGroup(year2().need(SCHOOL, "The Hive", "SENSORY_AND_PHYSICAL", 1, 1));
    assertEquals(2, rows.size());
    assertEquals("The Hive", rows.get(0).group(), "groups come by name");
    assertEquals(SchoolDays.WEEK, rows.get(0).gapDays());
  }

  @Test
  void aLeaverAndAnEndedDeploymentDropOut() {
    CapacityReport.GroupCover y2 =
        byGroup(
                new WorkforceFixture()
                    .competence(AUTISM, CI)
                    .leaver(1, "TA", day(-1))
                    .person(2, SCHOOL, "TA", "Year 2", 1.0)
                    .need(SCHOOL, "Year 2", CI, 4, 1)
                    .verified(1, AUTISM, 2)
                    .verified(2, AUTISM, 2)
                    .deploy(1, "Year 2", WEEK)
                    .deploy(2, "Year 2", day(-30), day(-1), WEEK))
            .get(0);
    assertEquals(SchoolDays.WEEK, y2.gapDays());
  }

  private static RuleCheck check(WorkforceFixture f) {
    return new CoverageChecker(f.build()).check(DATE, WINDOW).get(0);
  }

  /** Two midazolam holders in Year 2: TA 1 every day, TA 2 Mon-Thu. */
  private static WorkforceFixture midazolam() {
    return new WorkforceFixture()
        .competence(MIDAZOLAM, null)
        .person(1, SCHOOL, "TA", "Year 2", 1.0)
        .person(2, SCHOOL, "TA", "Year 2", 1.0)
        .person(3, SCHOOL, "TA", "Year 3", 1.0)
        .verified(1, MIDAZOLAM, 2)
        .verified(2, MIDAZOLAM, 2)
        .verified(3, MIDAZOLAM, 2)
        .deploy(1, "Year 2", WEEK)
        .deploy(3, "Year 3", WEEK);
  }

  @Test
  void aRuleForEverySchoolDayIsBreachedOnTheDayNobodyIsThereAndSaysWhoMoved() {
    RuleCheck c =
        check(
            midazolam()
                .deploy(2, "Year 2", MONDAY, TUESDAY, WEDNESDAY, THURSDAY)
                .deploy(2, "Year 3", day(-60), day(-10), FRIDAY)
                .rule(1, MIDAZOLAM, 2, 2, "Protocol P3 (Year 2)"));
    assertTrue(c.breachedNow());
    assertEquals(FRIDAY, c.day());
    assertEquals(RuleCheck.BreachCause.HOLDER_MOVES, c.cause());
    assertEquals(2L, c.causeStaffId());
    assertEquals(List.of(1L), c.holderIds(), "the Friday's holders");
  }

  @Test
  void aRuleNamingDaysIgnoresTheOthers() {
    RuleCheck c =
        check(
            midazolam()
                .deploy(2, "Year 2", MONDAY, TUESDAY)
                .ruleOnDays(1, MIDAZOLAM, 2, 2, "Year 2", MONDAY, TUESDAY));
    assertFalse(c.breachedNow());
    assertNull(c.breachDate());
    assertEquals(List.of(1L, 2L), c.holderIds());
  }

  @Test
  void theTeamStillCountsWhenNobodyIsDeployedToTheScope() {
    RuleCheck c =
        check(
            new WorkforceFixture()
                .competence(MIDAZOLAM, null)
                .person(1, SCHOOL, "TA", "Year 2", 1.0)
                .verified(1, MIDAZOLAM, 2)
                .deploy(1, "The Hive", WEEK)
                .rule(1, MIDAZOLAM, 2, 1, "Year 2"));
    assertFalse(c.breachedNow(), "no deployment names Year 2, so its team counts");
    assertNull(c.day());
  }

  @Test
  void aPlannedMoveShowsAheadOnTheDayAfterTheDeploymentEnds() {
    RuleCheck c =
        check(
            midazolam()
                .deploy(2, "Year 2", null, day(20), WEEK)
                .deploy(2, "Year 3", day(21), null, WEEK)
                .rule(1, MIDAZOLAM, 2, 2, "Year 2"));
    assertFalse(c.breachedNow());
    assertEquals(day(21), c.breachDate());
    assertEquals(MONDAY, c.day());
    assertEquals(RuleCheck.BreachCause.HOLDER_MOVES, c.cause());
    assertEquals(2L, c.causeStaffId());
  }

  @Test
  void aLapseAndALeaverAheadAreNamedWithTheirDay() {
    RuleCheck lapse =
        check(
            new WorkforceFixture()
                .competence(MIDAZOLAM, null)
                .person(1, SCHOOL, "TA", "Year 2", 1.0)
                .verified(1, MIDAZOLAM, 2, day(-300), day(30))
                .deploy(1, "Year 2", WEDNESDAY)
                .ruleOnDays(1, MIDAZOLAM, 2, 1, "Year 2", WEDNESDAY));
    assertEquals(day(30), lapse.breachDate());
    assertEquals(RuleCheck.BreachCause.CERTIFICATE_LAPSES, lapse.cause());
    assertEquals(WEDNESDAY, lapse.day());

    RuleCheck leaver =
        check(
            new WorkforceFixture()
                .competence(MIDAZOLAM, null)
                .person(1, SCHOOL, "TA", "Year 2", 1.0, null, day(10))
                .verified(1, MIDAZOLAM, 2)
                .deploy(1, "Year 2", WEDNESDAY)
                .ruleOnDays(1, MIDAZOLAM, 2, 1, "Year 2", WEDNESDAY));
    assertEquals(day(10), leaver.breachDate());
    assertEquals(RuleCheck.BreachCause.HOLDER_LEAVES, leaver.cause());
    assertEquals(1L, leaver.causeStaffId());
  }

  @Test
  void aLapsedCertificateExplainsABreachNow() {
    RuleCheck c =
        check(
            new WorkforceFixture()
                .competence(MIDAZOLAM, null)
                .person(1, SCHOOL, "TA", "Year 2", 1.0)
                .verified(1, MIDAZOLAM, 2, day(-400), day(-5))
                .deploy(1, "Year 2", WEEK)
                .rule(1, MIDAZOLAM, 2, 1, "Year 2"));
    assertTrue(c.breachedNow());
    assertEquals(MONDAY, c.day());
    assertEquals(RuleCheck.BreachCause.CERTIFICATE_LAPSES, c.cause());
  }

  @Test
  void schoolDaysParseCodesAndNames() {
    assertEquals(TUESDAY, SchoolDays.parse("tue"));
    assertEquals(TUESDAY, SchoolDays.parse(" Tuesday "));
    assertNull(SchoolDays.parse("SAT"));
    assertNull(SchoolDays.parse("TU"));
    assertNull(SchoolDays.parse("TUESDAYS"));
    assertEquals("WED", SchoolDays.code(WEDNESDAY));
  }

  @Test
  void aGapDayOffersThoseOneLevelShortThereAndHoldersElsewhere() {
    WorkforceFixture f =
        new WorkforceFixture()
            .competence(AUTISM, CI)
            .person(1, SCHOOL, "TA", "Year 2", 1.0)
            .person(2, SCHOOL, "TA", "Year 3", 1.0)
            .person(3, SCHOOL, "HLTA", "Inclusion", 0.6)
            .person(4, SCHOOL, "TA", "Year 2", 1.0)
            .verified(1, AUTISM, 1)
            .verified(2, AUTISM, 2)
            .verified(3, AUTISM, 3)
            .deploy(1, "Year 2", WEEK)
            .deploy(2, "Year 3", WEEK)
            .deploy(3, "The Hive", MONDAY)
            .deploy(4, "Year 2", WEEK)
            .course(50, 6, AUTISM, 2)
            .session(60, 50, WorkforceFixture.at(7), 10);
    GroupGapAdvice advice =
        new GroupGapAdvisor(f.build()).advise(SCHOOL, "Year 2", CI, TUESDAY, DATE);
    assertEquals(1, advice.nearlyThere().size(), "TA 4 holds nothing: two levels short");
    GroupGapAdvice.NearlyThere ta1 = advice.nearlyThere().get(0);
    assertEquals(1L, ta1.staffId());
    assertEquals(AUTISM, ta1.competenceId());
    assertEquals(50L, ta1.closingCourses().get(0).courseId());
    assertEquals(60L, ta1.closingCourses().get(0).nextSessions().get(0).sessionId());
    assertEquals(
        List.of(3L, 2L),
        advice.holdersElsewhere().stream().map(GroupGapAdvice.HolderElsewhere::staffId).toList(),
        "the HLTA deployed nowhere on Tuesdays comes first");
    assertEquals(List.of("Year 3"), advice.holdersElsewhere().get(1).groupsThatDay());
  }
}
