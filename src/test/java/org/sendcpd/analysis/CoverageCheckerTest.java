package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.OTHER_SCHOOL;
import static org.sendcpd.analysis.WorkforceFixture.SCHOOL;
import static org.sendcpd.analysis.WorkforceFixture.WINDOW;
import static org.sendcpd.analysis.WorkforceFixture.day;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageCheckerTest {

  private static final long MIDAZOLAM = 21;
  private static final long RULE = 1;

  /** Two Year 2 adults hold the competence; the rule wants two of them. */
  private static WorkforceFixture year2() {
    return new WorkforceFixture()
        .competence(MIDAZOLAM, null)
        .person(1, SCHOOL, "TA", "Year 2", 1.0)
        .person(2, SCHOOL, "TEACHER", "Year 2", 1.0)
        .person(3, SCHOOL, "TA", "Year 20", 1.0)
        .person(4, SCHOOL, "TA", "Reception", 1.0);
  }

  private static RuleCheck check(WorkforceFixture f) {
    return new CoverageChecker(f.build()).check(DATE, WINDOW).get(0);
  }

  @Test
  void metNowAndThroughTheWindow() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1)
                .verified(2, MIDAZOLAM, 1)
                .rule(RULE, MIDAZOLAM, 1, 2, "Protocol P3 (Year 2)"));
    assertTrue(c.active());
    assertEquals(List.of(1L, 2L), c.holderIds());
    assertEquals(2, c.holders());
    assertFalse(c.breachedNow());
    assertNull(c.breachDate());
    assertNull(c.cause());
    assertNull(c.causeStaffId());
  }

  @Test
  void breachedNowWithTooFewHolders() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1)
                .verified(2, MIDAZOLAM, 1, day(-400), DATE)
                .rule(RULE, MIDAZOLAM, 1, 2, "Protocol P3 (Year 2)"));
    assertTrue(c.breachedNow());
    assertEquals(DATE, c.breachDate());
    assertEquals(RuleCheck.BreachCause.TOO_FEW_HOLDERS, c.cause());
    assertNull(c.causeStaffId());
    assertEquals(List.of(1L), c.holderIds());
  }

  @Test
  void holdingBelowTheRulesLevelDoesNotCount() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1)
                .verified(2, MIDAZOLAM, 2)
                .rule(RULE, MIDAZOLAM, 2, 1, "Year 2"));
    assertEquals(List.of(2L), c.holderIds());
  }

  @Test
  void breachAheadWhenACertificateLapses() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1)
                .verified(2, MIDAZOLAM, 1, day(-300), day(40))
                .rule(RULE, MIDAZOLAM, 1, 2, "Protocol P3 (Year 2)"));
    assertFalse(c.breachedNow());
    assertEquals(day(40), c.breachDate());
    assertEquals(RuleCheck.BreachCause.CERTIFICATE_LAPSES, c.cause());
    assertEquals(2L, c.causeStaffId());
  }

  @Test
  void lapseOnTheLastDayOfTheWindowIsAhead() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1)
                .verified(2, MIDAZOLAM, 1, day(-300), day(WINDOW))
                .rule(RULE, MIDAZOLAM, 1, 2, "Year 2"));
    assertEquals(day(WINDOW), c.breachDate());
  }

  @Test
  void lapseAfterTheWindowIsNotABreach() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1)
                .verified(2, MIDAZOLAM, 1, day(-300), day(WINDOW + 1))
                .rule(RULE, MIDAZOLAM, 1, 2, "Year 2"));
    assertNull(c.breachDate());
  }

  @Test
  void renewalBeforeTheLapseAvertsTheBreach() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1)
                .verified(2, MIDAZOLAM, 1, day(-300), day(40))
                .verified(2, MIDAZOLAM, 1, day(-10), day(700))
                .rule(RULE, MIDAZOLAM, 1, 2, "Year 2"));
    assertNull(c.breachDate());
  }

  @Test
  void breachAheadWhenAHolderLeaves() {
    RuleCheck c =
        check(
            year2()
                .person(5, SCHOOL, "HLTA", "Year 2", 0.8, null, day(25))
                .verified(1, MIDAZOLAM, 1)
                .verified(5, MIDAZOLAM, 1)
                .rule(RULE, MIDAZOLAM, 1, 2, "Year 2"));
    assertEquals(List.of(1L, 5L), c.holderIds());
    assertEquals(day(25), c.breachDate());
    assertEquals(RuleCheck.BreachCause.HOLDER_LEAVES, c.cause());
    assertEquals(5L, c.causeStaffId());
  }

  @Test
  void theFirstBreachWins() {
    RuleCheck c =
        check(
            year2()
                .person(5, SCHOOL, "HLTA", "Year 2", 0.8, null, day(60))
                .verified(1, MIDAZOLAM, 1, day(-300), day(30))
                .verified(2, MIDAZOLAM, 1)
                .verified(5, MIDAZOLAM, 1)
                .rule(RULE, MIDAZOLAM, 1, 2, "Year 2"));
    assertEquals(day(60), c.breachDate());
    assertEquals(RuleCheck.BreachCause.HOLDER_LEAVES, c.cause());
  }

  @Test
  void ruleOutsideItsDatesIsNotActiveAndNeverBreached() {
    RuleCheck c = check(year2().rule(RULE, SCHOOL, MIDAZOLAM, 1, 2, "Year 2", day(-30), day(-1)));
    assertFalse(c.active());
    assertFalse(c.breachedNow());
    assertNull(c.breachDate());
    assertNull(c.cause());
  }

  @Test
  void ruleActiveOnItsFirstAndLastDays() {
    assertTrue(check(year2().rule(RULE, SCHOOL, MIDAZOLAM, 1, 0, "Year 2", DATE, DATE)).active());
  }

  @Test
  void ruleStartingInTheWindowShortOnItsFirstDay() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1)
                .rule(RULE, SCHOOL, MIDAZOLAM, 1, 2, "Year 2", day(20), day(25)));
    assertFalse(c.active());
    assertFalse(c.breachedNow());
    assertEquals(day(20), c.breachDate());
    assertEquals(RuleCheck.BreachCause.TOO_FEW_HOLDERS, c.cause());
    assertNull(c.causeStaffId());
  }

  @Test
  void ruleStartingInTheWindowIsCheckedFromThatDayOnly() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1, day(-300), day(10))
                .verified(2, MIDAZOLAM, 1, day(-300), day(50))
                .rule(RULE, SCHOOL, MIDAZOLAM, 1, 1, "Year 2", day(30), null));
    assertEquals(day(50), c.breachDate());
    assertEquals(RuleCheck.BreachCause.CERTIFICATE_LAPSES, c.cause());
    assertEquals(2L, c.causeStaffId());
  }

  @Test
  void starterWhoHoldsItPutsOffTheBreach() {
    RuleCheck c =
        check(
            year2()
                .person(6, SCHOOL, "TA", "Year 2", 1.0, day(20), null)
                .verified(6, MIDAZOLAM, 1)
                .verified(1, MIDAZOLAM, 1)
                .verified(2, MIDAZOLAM, 1, day(-300), day(40))
                .rule(RULE, MIDAZOLAM, 1, 2, "Year 2"));
    assertEquals(List.of(1L, 2L), c.holderIds());
    assertNull(c.breachDate());
  }

  @Test
  void starterArrivingAfterTheLapseDoesNotPreventIt() {
    RuleCheck c =
        check(
            year2()
                .person(6, SCHOOL, "TA", "Year 2", 1.0, day(50), null)
                .verified(6, MIDAZOLAM, 1)
                .verified(1, MIDAZOLAM, 1)
                .verified(2, MIDAZOLAM, 1, day(-300), day(40))
                .rule(RULE, MIDAZOLAM, 1, 2, "Year 2"));
    assertEquals(day(40), c.breachDate());
  }

  @Test
  void scopeByTeamCountsOnlyThatTeam() {
    RuleCheck c =
        check(
            year2()
                .verified(1, MIDAZOLAM, 1)
                .verified(3, MIDAZOLAM, 1)
                .verified(4, MIDAZOLAM, 1)
                .rule(RULE, MIDAZOLAM, 1, 2, "Protocol P3 (Year 2)"));
    assertEquals(List.of(1L), c.holderIds());
    assertTrue(c.breachedNow());
  }

  @Test
  void wholeSchoolScopeCountsEveryAdultOfTheSchool() {
    RuleCheck c =
        check(
            year2()
                .person(9, OTHER_SCHOOL, "TA", "Year 2", 1.0)
                .verified(1, MIDAZOLAM, 1)
                .verified(3, MIDAZOLAM, 1)
                .verified(4, MIDAZOLAM, 1)
                .verified(9, MIDAZOLAM, 1)
                .rule(RULE, MIDAZOLAM, 1, 3, "Whole school"));
    assertEquals(List.of(1L, 3L, 4L), c.holderIds());
    assertFalse(c.breachedNow());
  }

  @Test
  void leaversAndPendingAreNotHolders() {
    RuleCheck c =
        check(
            year2()
                .person(5, SCHOOL, "TA", "Year 2", 1.0, null, DATE)
                .verified(5, MIDAZOLAM, 1)
                .pending(1, MIDAZOLAM, 1, day(-5), null)
                .rule(RULE, MIDAZOLAM, 1, 1, "Year 2"));
    assertTrue(c.holderIds().isEmpty());
    assertTrue(c.breachedNow());
  }

  @Test
  void checksPerSchool() {
    WorkforceFixture f =
        year2()
            .person(9, OTHER_SCHOOL, "TA", "Nursery", 1.0)
            .rule(1, MIDAZOLAM, 1, 1, "Year 2")
            .rule(2, OTHER_SCHOOL, MIDAZOLAM, 1, 1, "Nursery", null, null);
    CoverageChecker checker = new CoverageChecker(f.build());
    assertEquals(2, checker.check(DATE, WINDOW).size());
    List<RuleCheck> other = checker.check(OTHER_SCHOOL, DATE, WINDOW);
    assertEquals(List.of(2L), other.stream().map(RuleCheck::ruleId).toList());
    assertEquals(OTHER_SCHOOL, other.get(0).schoolId());
  }
}
