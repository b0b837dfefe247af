package org.sendcpd.selfreview.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.selfreview.entity.Placement;
import org.sendcpd.selfreview.entity.ReviewElement;

/** A review's placements are checked whole, each problem named by its field; years as written. */
class SelfReviewsTest {

  static List<String> fields(List<PlacementDraft> drafts) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> SelfReviews.checked(drafts));
    return e.details().stream().map(d -> ((Map<?, ?>) d).get("field").toString()).toList();
  }

  @Test
  void everyBadPlacementIsNamedAndNothingPasses() {
    assertEquals(
        List.of(
            "elements[0].position",
            "elements[1].position",
            "elements[2].evidence",
            "elements[3].element",
            "elements[4].element"),
        fields(
            Arrays.asList(
                new PlacementDraft(ReviewElement.VALUES, 0, null),
                new PlacementDraft(ReviewElement.RESOURCES_FOR_SUPPORT, 5, null),
                new PlacementDraft(
                    ReviewElement.TEACHING_AND_LEARNING, 2, "x".repeat(Placement.EVIDENCE_MAX + 1)),
                new PlacementDraft(ReviewElement.VALUES, 3, null),
                null)));
    assertEquals(List.of("elements"), fields(null));
  }

  @Test
  void goodPlacementsKeepTheirEvidenceStrippedAndBlankAsNone() {
    List<Placement> placed =
        SelfReviews.checked(
            List.of(
                new PlacementDraft(ReviewElement.VALUES, 1, "  shared vision  "),
                new PlacementDraft(ReviewElement.INTEGRATED_SERVICES, 4, "   ")));
    assertEquals("shared vision", placed.get(0).getEvidence());
    assertEquals(null, placed.get(1).getEvidence());
    assertEquals(4, placed.get(1).getPosition());
  }

  @Test
  void yearsAreWrittenAsSchoolsWriteThem() {
    assertEquals("2025/26", ReviewYears.previous("2026/27"));
    assertEquals("1999/00", ReviewYears.previous("2000/01"));
    assertEquals("2025/26", ReviewYears.of(java.time.LocalDate.of(2026, 8, 31)));
    assertEquals("2026/27", ReviewYears.of(java.time.LocalDate.of(2026, 9, 1)));
    assertThrows(InvalidInputException.class, () -> ReviewYears.require("2026-27"));
  }
}
