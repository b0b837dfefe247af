package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.WINDOW;
import static org.sendcpd.analysis.WorkforceFixture.at;
import static org.sendcpd.analysis.WorkforceFixture.day;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GapAnalyserTest {

  private static final long TA = 7;
  private static final long CI = 11;
  private static final long CL = 12;

  private static WorkforceFixture taNeedingEnhanced() {
    return new WorkforceFixture()
        .competence(CI, "COMMUNICATION_AND_INTERACTION")
        .competence(CL, "COGNITION_AND_LEARNING")
        .person(TA, "TA")
        .require("TA", CI, 2);
  }

  private static GapCell cell(WorkforceFixture f, long competence) {
    return cell(f, competence, WINDOW);
  }

  private static GapCell cell(WorkforceFixture f, long competence, int window) {
    return new GapAnalyser(f.build())
        .gapsOf(TA, DATE, window).stream()
            .filter(c -> c.competenceId() == competence)
            .findFirst()
            .orElse(null);
  }

  @Test
  void requiredComesFromTheJobRole() {
    GapCell c = cell(taNeedingEnhanced().verified(TA, CI, 2), CI);
    assertEquals(2, c.required());
    assertEquals(2, c.held());
    assertEquals(GapStatus.MET, c.status());
    assertEquals(0, c.levelsShort());
    assertNull(c.heldUntil());
    assertFalse(c.fromObjective());
  }

  @Test
  void heldAboveRequiredIsMet() {
    GapCell c = cell(taNeedingEnhanced().verified(TA, CI, 3), CI);
    assertEquals(3, c.held());
    assertEquals(GapStatus.MET, c.status());
  }

  @Test
  void heldIsTheHighestVerifiedLevel() {
    GapCell c = cell(taNeedingEnhanced().verified(TA, CI, 1).verified(TA, CI, 3), CI);
    assertEquals(3, c.held());
  }

  @Test
  void gapCountsTheLevelsShort() {
    GapCell c = cell(taNeedingEnhanced().require("TA", CL, 3).verified(TA, CL, 1), CL);
    assertEquals(GapStatus.GAP, c.status());
    assertEquals(2, c.levelsShort());
  }

  @Test
  void nothingHeldIsAGapOfTheWholeRequirement() {
    GapCell c = cell(taNeedingEnhanced(), CI);
    assertEquals(GapStatus.GAP, c.status());
    assertEquals(0, c.held());
    assertEquals(2, c.levelsShort());
  }

  @Test
  void objectiveRaisingTheRequirementSetsIt() {
    GapCell c = cell(taNeedingEnhanced().objective(TA, CI, 3).verified(TA, CI, 2), CI);
    assertEquals(3, c.required());
    assertTrue(c.fromObjective());
    assertEquals(GapStatus.GAP, c.status());
    assertEquals(1, c.levelsShort());
  }

  @Test
  void objectiveBelowTheRoleRequirementChangesNothing() {
    GapCell c = cell(taNeedingEnhanced().objective(TA, CI, 1), CI);
    assertEquals(2, c.required());
    assertFalse(c.fromObjective());
  }

  @Test
  void objectiveEqualToTheRoleRequirementIsNotFromTheObjective() {
    assertFalse(cell(taNeedingEnhanced().objective(TA, CI, 2), CI).fromObjective());
  }

  @Test
  void objectiveAloneMakesARequirement() {
    GapCell c = cell(taNeedingEnhanced().objective(TA, CL, 1), CL);
    assertEquals(1, c.required());
    assertTrue(c.fromObjective());
    assertEquals(GapStatus.GAP, c.status());
  }

  @Test
  void severalRoleRequirementRowsTakeTheHighest() {
    GapCell c = cell(taNeedingEnhanced().require("TA", CI, 3), CI);
    assertEquals(3, c.required());
  }

  @Test
  void expiryOnTheDateCountsAsExpired() {
    GapCell c = cell(taNeedingEnhanced().verified(TA, CI, 2, day(-300), DATE), CI);
    assertEquals(0, c.held());
    assertEquals(GapStatus.GAP, c.status());
  }

  @Test
  void expiryTheDayAfterIsStillHeldUntilTheDate() {
    GapCell c = cell(taNeedingEnhanced().verified(TA, CI, 2, day(-300), day(1)), CI);
    assertEquals(2, c.held());
    assertEquals(GapStatus.EXPIRING, c.status());
    assertEquals(DATE, c.heldUntil());
  }

  @Test
  void recordCompletedAfterTheDateDoesNotCount() {
    GapCell c = cell(taNeedingEnhanced().verified(TA, CI, 2, day(1), null), CI);
    assertEquals(0, c.held());
    assertEquals(GapStatus.GAP, c.status());
  }

  @Test
  void recordCompletedOnTheDateCounts() {
    assertEquals(
        GapStatus.MET, cell(taNeedingEnhanced().verified(TA, CI, 2, DATE, null), CI).status());
  }

  @Test
  void pendingEvidenceIsNeverHeld() {
    GapCell c = cell(taNeedingEnhanced().pending(TA, CI, 3, day(-10), null), CI);
    assertEquals(0, c.held());
    assertEquals(GapStatus.PENDING, c.status());
  }

  @Test
  void pendingThatWouldMeetMakesThePendingStatus() {
    GapCell c =
        cell(taNeedingEnhanced().verified(TA, CI, 1).pending(TA, CI, 2, day(-10), null), CI);
    assertEquals(GapStatus.PENDING, c.status());
    assertEquals(1, c.held());
    assertEquals(1, c.levelsShort());
  }

  @Test
  void pendingThatWouldNotMeetLeavesAGap() {
    GapCell c = cell(taNeedingEnhanced().pending(TA, CI, 1, day(-10), null), CI);
    assertEquals(GapStatus.GAP, c.status());
  }

  @Test
  void pendingCompletedAfterTheDateOrExpiredLeavesAGap() {
    assertEquals(
        GapStatus.GAP, cell(taNeedingEnhanced().pending(TA, CI, 2, day(3), null), CI).status());
    assertEquals(
        GapStatus.GAP, cell(taNeedingEnhanced().pending(TA, CI, 2, day(-400), DATE), CI).status());
  }

  @Test
  void expiringOnTheLastDayOfTheWindowIsExpiring() {
    GapCell c = cell(taNeedingEnhanced().verified(TA, CI, 2, day(-300), day(WINDOW)), CI);
    assertEquals(GapStatus.EXPIRING, c.status());
    assertEquals(day(WINDOW - 1), c.heldUntil());
  }

  @Test
  void expiringTheDayAfterTheWindowIsMet() {
    GapCell c = cell(taNeedingEnhanced().verified(TA, CI, 2, day(-300), day(WINDOW + 1)), CI);
    assertEquals(GapStatus.MET, c.status());
    assertNull(c.heldUntil());
  }

  @Test
  void expiringUsesTheLatestQualifyingExpiry() {
    GapCell c =
        cell(
            taNeedingEnhanced()
                .verified(TA, CI, 2, day(-300), day(10))
                .verified(TA, CI, 3, day(-200), day(40)),
            CI);
    assertEquals(GapStatus.EXPIRING, c.status());
    assertEquals(day(39), c.heldUntil());
  }

  @Test
  void oneLastingPieceKeepsItMet() {
    GapCell c =
        cell(
            taNeedingEnhanced()
                .verified(TA, CI, 2, day(-300), day(10))
                .verified(TA, CI, 2, day(-20), null),
            CI);
    assertEquals(GapStatus.MET, c.status());
  }

  @Test
  void lowerLevelEvidenceDoesNotStopItExpiring() {
    GapCell c =
        cell(taNeedingEnhanced().verified(TA, CI, 2, day(-300), day(10)).verified(TA, CI, 1), CI);
    assertEquals(GapStatus.EXPIRING, c.status());
  }

  @Test
  void theWindowIsTheCallersChoice() {
    WorkforceFixture f = taNeedingEnhanced().verified(TA, CI, 2, day(-300), day(60));
    assertEquals(GapStatus.MET, cell(f, CI, 30).status());
    assertEquals(GapStatus.EXPIRING, cell(f, CI, 60).status());
  }

  @Test
  void defaultWindowIsNinetyDays() {
    assertEquals(90, GapAnalyser.DEFAULT_WINDOW_DAYS);
    GapReport r = new GapAnalyser(taNeedingEnhanced().build()).gaps(DATE);
    assertEquals(90, r.windowDays());
  }

  @Test
  void notRequiredIsEmittedOnlyWhenSomethingIsHeld() {
    WorkforceFixture f = taNeedingEnhanced().verified(TA, CL, 1);
    GapCell c = cell(f, CL);
    assertEquals(GapStatus.NOT_REQUIRED, c.status());
    assertEquals(0, c.required());
    assertEquals(1, c.held());
    assertNull(cell(taNeedingEnhanced().pending(TA, CL, 2, day(-5), null), CL));
    assertNull(cell(taNeedingEnhanced().verified(TA, CL, 1, day(-300), DATE), CL));
    assertNull(cell(taNeedingEnhanced(), CL));
  }

  @Test
  void leaverGetsNoCells() {
    WorkforceFixture f =
        taNeedingEnhanced().leaver(8, "TA", DATE).leaver(9, "TA", day(1)).verified(8, CI, 2);
    GapAnalyser a = new GapAnalyser(f.build());
    assertTrue(a.gapsOf(8, DATE, WINDOW).isEmpty());
    assertEquals(1, a.gapsOf(9, DATE, WINDOW).size());
    assertTrue(a.gaps(DATE, WINDOW).cells().stream().noneMatch(c -> c.staffId() == 8));
  }

  @Test
  void starterNotYetInPostGetsNoCells() {
    WorkforceFixture f = taNeedingEnhanced().starter(8, "TA", day(1)).starter(9, "TA", DATE);
    GapAnalyser a = new GapAnalyser(f.build());
    assertTrue(a.gapsOf(8, DATE, WINDOW).isEmpty());
    assertEquals(1, a.gapsOf(9, DATE, WINDOW).size());
  }

  @Test
  void unknownPersonHasNoCells() {
    assertTrue(new GapAnalyser(taNeedingEnhanced().build()).gapsOf(999, DATE, WINDOW).isEmpty());
  }

  @Test
  void severalFrameworksEachGiveCellsInTheFrameworksOrder() {
    WorkforceFixture f =
        new WorkforceFixture()
            .competence(30, 3, "COMMUNICATION_AND_INTERACTION")
            .competence(20, 2, null)
            .person(TA, "TA")
            .require("TA", 20, 1)
            .require("TA", 30, 2)
            .verified(TA, 20, 1);
    List<GapCell> cells = new GapAnalyser(f.build()).gapsOf(TA, DATE, WINDOW);
    assertEquals(List.of(30L, 20L), cells.stream().map(GapCell::competenceId).toList());
    assertEquals(GapStatus.GAP, cells.get(0).status());
    assertEquals(GapStatus.MET, cells.get(1).status());
  }

  @Test
  void bookedOnAComingSessionThatMeetsItIsPlanned() {
    WorkforceFixture f = taNeedingEnhanced().course(5, 3, CI, 2).session(50, 5, at(14), 10, TA);
    assertTrue(cell(f, CI).planned());
  }

  @Test
  void bookedOnASessionStartingOnTheDateIsPlanned() {
    WorkforceFixture f = taNeedingEnhanced().course(5, 3, CI, 2).session(50, 5, at(0), 10, TA);
    assertTrue(cell(f, CI).planned());
  }

  @Test
  void notPlannedWhenThePlanCannotMeetIt() {
    assertFalse(
        cell(taNeedingEnhanced().course(5, 3, CI, 1).session(50, 5, at(14), 10, TA), CI).planned());
    assertFalse(
        cell(taNeedingEnhanced().course(5, 3, CI, 2).session(50, 5, at(-1), 10, TA), CI).planned());
    assertFalse(
        cell(taNeedingEnhanced().course(5, 3, CI, 2).session(50, 5, at(14), 10, 99L), CI)
            .planned());
    assertFalse(
        cell(taNeedingEnhanced().course(5, 3, CL, 3).session(50, 5, at(14), 10, TA), CI).planned());
  }

  @Test
  void reportCoversEveryoneInPostAndFiltersBySchoolOrStaff() {
    WorkforceFixture f =
        taNeedingEnhanced()
            .person(8, "TA")
            .person(9, WorkforceFixture.OTHER_SCHOOL, "TA", "Class 1", 1.0)
            .leaver(10, "TA", day(-1));
    GapAnalyser a = new GapAnalyser(f.build());
    assertEquals(Set.of(TA, 8L, 9L), staffIn(a.gaps(DATE, WINDOW)));
    assertEquals(Set.of(TA, 8L), staffIn(a.gaps(WorkforceFixture.SCHOOL, DATE, WINDOW)));
    assertEquals(Set.of(9L), staffIn(a.gaps(DATE, WINDOW, Set.of(9L, 10L, 404L))));
    assertEquals(DATE, a.gaps(DATE, WINDOW).date());
  }

  private static Set<Long> staffIn(GapReport r) {
    return Set.copyOf(r.cells().stream().map(GapCell::staffId).toList());
  }
}
