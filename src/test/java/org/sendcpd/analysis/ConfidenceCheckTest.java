package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfidenceCheckTest {

  private static final long TA = 7;
  private static final long CI = 11;

  private static GapCell cell(GapStatus status, int required, int held) {
    return new GapCell(
        TA, CI, required, held, status, Math.max(0, required - held), null, false, false);
  }

  private static ConfidenceCheck rated(int confidence) {
    return new ConfidenceCheck(List.of(new SelfRating(TA, CI, confidence, day(-5))), DATE);
  }

  @Test
  void confidentWithAGapIsConfidentButNotEvidenced() {
    assertEquals(
        Optional.of(ConfidenceCheck.Mismatch.CONFIDENT_NOT_EVIDENCED),
        rated(3).mismatch(cell(GapStatus.GAP, 2, 0)));
    assertEquals(
        Optional.of(ConfidenceCheck.Mismatch.CONFIDENT_NOT_EVIDENCED),
        rated(4).mismatch(cell(GapStatus.GAP, 2, 1)));
  }

  @Test
  void heldButNotConfidentIsEvidencedButNotConfident() {
    assertEquals(
        Optional.of(ConfidenceCheck.Mismatch.EVIDENCED_NOT_CONFIDENT),
        rated(1).mismatch(cell(GapStatus.MET, 2, 2)));
    assertEquals(
        Optional.of(ConfidenceCheck.Mismatch.EVIDENCED_NOT_CONFIDENT),
        rated(2).mismatch(cell(GapStatus.EXPIRING, 2, 2)));
  }

  @Test
  void agreementPendingAndNothingRequiredAreNoMismatch() {
    assertTrue(rated(2).mismatch(cell(GapStatus.GAP, 2, 0)).isEmpty());
    assertTrue(rated(3).mismatch(cell(GapStatus.MET, 2, 2)).isEmpty());
    assertTrue(rated(4).mismatch(cell(GapStatus.PENDING, 2, 0)).isEmpty());
    assertTrue(rated(1).mismatch(cell(GapStatus.NOT_REQUIRED, 0, 2)).isEmpty());
  }

  @Test
  void anUnratedCellHasNoConfidenceAndNoMismatch() {
    ConfidenceCheck none = new ConfidenceCheck(List.of(), DATE);
    assertNull(none.confidenceOf(cell(GapStatus.GAP, 2, 0)));
    assertTrue(none.mismatch(cell(GapStatus.GAP, 2, 0)).isEmpty());
  }

  @Test
  void theLatestRatingOnOrBeforeTheDateCounts() {
    LocalDate earlier = day(-60);
    ConfidenceCheck check =
        new ConfidenceCheck(
            List.of(
                new SelfRating(TA, CI, 4, day(-5)),
                new SelfRating(TA, CI, 1, earlier),
                new SelfRating(TA, CI, 2, day(3))),
            DATE);

    assertEquals(4, check.confidenceOf(cell(GapStatus.GAP, 2, 0)));
    assertEquals(
        1,
        new ConfidenceCheck(List.of(new SelfRating(TA, CI, 1, earlier)), DATE)
            .confidenceOf(cell(GapStatus.GAP, 2, 0)));
  }

  @Test
  void findingsKeepTheCellsOrderAndNeverChangeTheCell() {
    GapCell gap = cell(GapStatus.GAP, 2, 0);
    GapCell other = new GapCell(TA, 12, 2, 2, GapStatus.MET, 0, null, false, false);
    ConfidenceCheck check =
        new ConfidenceCheck(
            List.of(new SelfRating(TA, CI, 3, day(-1)), new SelfRating(TA, 12, 1, day(-1))), DATE);

    List<ConfidenceCheck.Finding> findings = check.findings(List.of(gap, other));

    assertEquals(2, findings.size());
    assertEquals(gap, findings.get(0).cell());
    assertEquals(ConfidenceCheck.Mismatch.CONFIDENT_NOT_EVIDENCED, findings.get(0).mismatch());
    assertEquals(ConfidenceCheck.Mismatch.EVIDENCED_NOT_CONFIDENT, findings.get(1).mismatch());
    assertEquals(0, findings.get(0).cell().held());
  }
}
