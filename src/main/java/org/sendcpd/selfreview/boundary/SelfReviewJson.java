package org.sendcpd.selfreview.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendcpd.selfreview.control.ReviewYears;
import org.sendcpd.selfreview.entity.Placement;
import org.sendcpd.selfreview.entity.ReviewElement;
import org.sendcpd.selfreview.entity.SelfReview;

/**
 * A school's self-review of a year as the API shows it: each element placed this year with last
 * year's position beside it (null where not placed), and when and by whom it was last saved.
 */
public record SelfReviewJson(
    long id,
    long schoolId,
    String academicYear,
    String lastYear,
    List<ElementJson> elements,
    String updatedBy,
    Instant updatedAt) {

  static SelfReviewJson of(SelfReview review, Optional<SelfReview> lastYear) {
    List<ElementJson> elements = new ArrayList<>();
    for (ReviewElement e : ReviewElement.values()) {
      Optional<Placement> now = review.placement(e);
      Integer before =
          lastYear.flatMap(r -> r.placement(e)).map(Placement::getPosition).orElse(null);
      if (now.isPresent() || before != null) {
        elements.add(
            new ElementJson(
                e,
                now.map(Placement::getPosition).orElse(null),
                now.map(Placement::getEvidence).orElse(null),
                before));
      }
    }
    return new SelfReviewJson(
        review.getId(),
        review.getSchool().getId(),
        review.getAcademicYear(),
        ReviewYears.previous(review.getAcademicYear()),
        elements,
        review.getUpdatedBy(),
        review.getUpdatedAt());
  }
}
