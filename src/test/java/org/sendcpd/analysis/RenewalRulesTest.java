package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenewalRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final long FIRST_AID = 20;
  static final long HOISTS = 21;
  static final Set<Long> IN_POST = Set.of(1L, 2L, 3L);

  static Evidence verified(
      long record, long staff, long competence, int level, LocalDate done, LocalDate expires) {
    return new Evidence(
        record, staff, competence, level, Evidence.Status.VERIFIED, done, expires, FIRST_AID);
  }

  static List<Long> records(List<RenewalRules.Due> due) {
    return due.stream().map(RenewalRules.Due::recordId).toList();
  }

  @Test
  void lapsingWithinTheWindowAndExpiredAreDueTheRestIsNot() {
    List<Evidence> evidence =
        List.of(
            verified(1, 1, 7, 1, TODAY.minusYears(3), TODAY.plusDays(35)),
            verified(2, 2, 7, 1, TODAY.minusYears(3), TODAY.minusDays(2)),
            verified(3, 3, 7, 1, TODAY.minusYears(1), TODAY.plusDays(91)),
            verified(4, 3, 8, 1, TODAY.minusYears(1), null));

    List<RenewalRules.Due> due = RenewalRules.due(evidence, IN_POST, TODAY, 90);

    assertEquals(List.of(1L, 2L), records(due));
    assertFalse(due.get(0).expired());
    assertTrue(due.get(1).expired());
  }

  @Test
  void expiringOnTheDateItselfCountsAsExpiredAndTheWindowEndAsLapsing() {
    List<Evidence> evidence =
        List.of(
            verified(1, 1, 7, 1, TODAY.minusYears(2), TODAY),
            verified(2, 2, 7, 1, TODAY.minusYears(2), TODAY.plusDays(90)));

    List<RenewalRules.Due> due = RenewalRules.due(evidence, IN_POST, TODAY, 90);

    assertTrue(due.stream().anyMatch(d -> d.recordId() == 1 && d.expired()));
    assertTrue(due.stream().anyMatch(d -> d.recordId() == 2 && !d.expired()));
  }

  @Test
  void aLaterVerifiedRecordOfTheSameCompetenceRenewsIt() {
    List<Evidence> evidence =
        List.of(
            verified(1, 1, 7, 1, TODAY.minusYears(2).minusDays(69), TODAY.minusDays(69)),
            verified(2, 1, 7, 1, TODAY.minusDays(45), TODAY.plusYears(2).minusDays(45)));

    assertEquals(List.of(), RenewalRules.due(evidence, IN_POST, TODAY, 90));
  }

  @Test
  void aLowerLevelAPendingRecordOrAnotherCompetenceDoesNotRenew() {
    LocalDate old = TODAY.minusYears(2);
    List<Evidence> evidence =
        List.of(
            verified(1, 1, 7, 2, old, TODAY.minusDays(10)),
            verified(2, 1, 7, 1, TODAY.minusDays(5), TODAY.plusYears(1)),
            verified(3, 1, 8, 2, TODAY.minusDays(5), TODAY.plusYears(1)),
            new Evidence(
                4,
                1,
                7,
                2,
                Evidence.Status.PENDING,
                TODAY.minusDays(3),
                TODAY.plusYears(1),
                FIRST_AID));

    assertEquals(List.of(1L), records(RenewalRules.due(evidence, IN_POST, TODAY, 90)));
  }

  @Test
  void aRecordOfSeveralCompetencesIsRenewedOnlyWhenAllAre() {
    LocalDate old = TODAY.minusYears(2);
    List<Evidence> evidence =
        List.of(
            verified(1, 1, 7, 1, old, TODAY.plusDays(10)),
            verified(1, 1, 8, 1, old, TODAY.plusDays(10)),
            verified(2, 1, 7, 1, TODAY.minusDays(1), TODAY.plusYears(1)));

    List<RenewalRules.Due> due = RenewalRules.due(evidence, IN_POST, TODAY, 90);

    assertEquals(List.of(1L), records(due));
    assertEquals(List.of(7L, 8L), due.get(0).competenceIds());
  }

  @Test
  void leaversAndRecordsCompletedAfterTheDateAreLeftOut() {
    List<Evidence> evidence =
        List.of(
            verified(1, 9, 7, 1, TODAY.minusYears(2), TODAY.plusDays(10)),
            verified(2, 1, 7, 1, TODAY.plusDays(1), TODAY.plusDays(20)));

    assertEquals(List.of(), RenewalRules.due(evidence, IN_POST, TODAY, 90));
  }

  @Test
  void lapsingSoonestFirstThenExpiredMostRecentFirst() {
    List<Evidence> evidence =
        List.of(
            verified(1, 1, 7, 1, TODAY.minusYears(2), TODAY.plusDays(60)),
            verified(2, 2, 7, 1, TODAY.minusYears(2), TODAY.plusDays(30)),
            verified(3, 3, 7, 1, TODAY.minusYears(3), TODAY.minusDays(100)),
            verified(4, 1, 8, 1, TODAY.minusYears(3), TODAY.minusDays(5)));

    assertEquals(List.of(2L, 1L, 4L, 3L), records(RenewalRules.due(evidence, IN_POST, TODAY, 90)));
  }

  @Test
  void nextSessionIsTheFirstWithAFreePlaceElseTheFirstForItsWaitingList() {
    LocalDateTime soon = TODAY.plusDays(10).atTime(9, 0);
    SessionOffer full = new SessionOffer(1, FIRST_AID, 1, soon, 2, 2, Set.of(5L, 6L));
    SessionOffer later = new SessionOffer(2, FIRST_AID, 1, soon.plusDays(30), 12, 3, Set.of());
    SessionOffer other = new SessionOffer(3, HOISTS, 1, soon.minusDays(5), 6, 0, Set.of());

    assertEquals(
        2, RenewalRules.nextSession(List.of(later, other, full), FIRST_AID).orElseThrow().id());
    assertEquals(1, RenewalRules.nextSession(List.of(full, other), FIRST_AID).orElseThrow().id());
    assertTrue(RenewalRules.nextSession(List.of(other), FIRST_AID).isEmpty());
    assertTrue(RenewalRules.nextSession(List.of(other), null).isEmpty());
  }
}
