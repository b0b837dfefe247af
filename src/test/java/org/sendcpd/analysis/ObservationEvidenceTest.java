package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.WINDOW;
import static org.sendcpd.analysis.WorkforceFixture.day;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Observations are verified evidence from the day seen, never expiring, apart from records. */
class ObservationEvidenceTest {

  private static final long TA = 7;
  private static final long EXPECTATIONS = 11;
  private static final long FIRST_AID = 12;

  private static WorkforceFixture taAskedForEnhanced() {
    return new WorkforceFixture()
        .competence(EXPECTATIONS, "COGNITION_AND_LEARNING")
        .competence(FIRST_AID, "PHYSICAL")
        .person(TA, "TA")
        .require("TA", EXPECTATIONS, 2);
  }

  private static GapCell cell(WorkforceFixture f, long competence) {
    return new GapAnalyser(f.build())
        .gapsOf(TA, DATE, WINDOW).stream()
            .filter(c -> c.competenceId() == competence)
            .findFirst()
            .orElseThrow();
  }

  @Test
  void anObservationAtTheLevelAskedMeetsAGapNoCourseCloses() {
    assertEquals(GapStatus.GAP, cell(taAskedForEnhanced(), EXPECTATIONS).status());

    GapCell c = cell(taAskedForEnhanced().observed(1, TA, EXPECTATIONS, 2, day(-3)), EXPECTATIONS);

    assertEquals(GapStatus.MET, c.status());
    assertEquals(2, c.held());
    assertEquals(0, c.levelsShort());
  }

  @Test
  void itCountsFromTheDaySeenNotBefore() {
    WorkforceFixture f = taAskedForEnhanced().observed(1, TA, EXPECTATIONS, 2, day(5));

    assertEquals(GapStatus.GAP, cell(f, EXPECTATIONS).status());
    GapCell onTheDay =
        new GapAnalyser(f.build())
            .gapsOf(TA, day(5), WINDOW).stream()
                .filter(c -> c.competenceId() == EXPECTATIONS)
                .findFirst()
                .orElseThrow();
    assertEquals(GapStatus.MET, onTheDay.status());
  }

  @Test
  void anObservationBelowTheLevelAskedLeavesAGapOneLevelShort() {
    GapCell c = cell(taAskedForEnhanced().observed(1, TA, EXPECTATIONS, 1, day(-3)), EXPECTATIONS);

    assertEquals(GapStatus.GAP, c.status());
    assertEquals(1, c.levelsShort());
  }

  @Test
  void itNeverExpiresSoTheCellIsMetNotExpiring() {
    GapCell c =
        cell(
            taAskedForEnhanced()
                .record(1, TA, EXPECTATIONS, 2, day(-700), day(10))
                .observed(1, TA, EXPECTATIONS, 2, day(-1)),
            EXPECTATIONS);

    assertEquals(GapStatus.MET, c.status());
  }

  @Test
  void anObservationNumberedLikeARecordIsNeverPartOfThatCertificate() {
    // Record 5 is a first-aid certificate lapsing; observation 5 is of another competence.
    List<Evidence> evidence =
        taAskedForEnhanced()
            .record(5, TA, FIRST_AID, 1, day(-1000), day(30))
            .observed(5, TA, EXPECTATIONS, 2, day(-10))
            .build()
            .evidence();

    List<RenewalRules.Due> due = RenewalRules.due(evidence, Set.of(TA), DATE, WINDOW);

    assertEquals(1, due.size());
    assertEquals(List.of(FIRST_AID), due.get(0).competenceIds());
  }

  @Test
  void anObservationIsNeverACertificateToRenew() {
    List<Evidence> evidence =
        taAskedForEnhanced().observed(1, TA, EXPECTATIONS, 2, day(-10)).build().evidence();

    assertTrue(RenewalRules.due(evidence, Set.of(TA), DATE, WINDOW).isEmpty());
  }

  @Test
  void aLaterObservationAtTheLevelRenewsALapsingCertificate() {
    List<Evidence> evidence =
        taAskedForEnhanced()
            .record(5, TA, FIRST_AID, 1, day(-1000), day(30))
            .observed(9, TA, FIRST_AID, 1, day(-2))
            .build()
            .evidence();

    assertTrue(RenewalRules.due(evidence, Set.of(TA), DATE, WINDOW).isEmpty());
  }

  @Test
  void capacityListsOnlyTheCertificateAsLapsingWhenIdsCollide() {
    Workforce w =
        taAskedForEnhanced()
            .record(5, TA, FIRST_AID, 1, day(-1000), day(30))
            .observed(5, TA, EXPECTATIONS, 2, day(-10))
            .build();

    List<CapacityReport.Lapse> lapses = new CapacityAnalyser(w).capacity(DATE, WINDOW).lapses();

    assertEquals(1, lapses.size());
    assertEquals(FIRST_AID, lapses.get(0).competenceId());
  }

  @Test
  void anObservationCountsTowardsCapacityLikeAnyHeldLevel() {
    Workforce w = taAskedForEnhanced().observed(1, TA, EXPECTATIONS, 2, day(-10)).build();

    List<ExpertiseFinder.Expert> holders = new ExpertiseFinder(w).holders(EXPECTATIONS, 2, DATE);

    assertEquals(1, holders.size());
  }
}
