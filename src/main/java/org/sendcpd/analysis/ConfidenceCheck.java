package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's view of their confidence set beside what they hold, for the SENCO. Only the latest
 * rating of each person and competence made on or before the reference date counts. Two mismatches
 * are worth acting on:
 *
 * <ul>
 *   <li>{@link Mismatch#CONFIDENT_NOT_EVIDENCED}: the person rates themselves confident (3 or 4) in
 *       a competence where they have a GAP; a quick observation may close it. A PENDING cell is
 *       left out: verifying its record closes it.
 *   <li>{@link Mismatch#EVIDENCED_NOT_CONFIDENT}: the level asked is held (MET or EXPIRING) but the
 *       person rates themselves 1 or 2; coaching, not another course.
 * </ul>
 *
 * Cells with nothing required and cells without a rating never appear. A rating never changes the
 * cell: held, status and levels short are the engine's alone.
 */
public final class ConfidenceCheck {

  public enum Mismatch {
    CONFIDENT_NOT_EVIDENCED,
    EVIDENCED_NOT_CONFIDENT
  }

  /** A cell whose rating and standing disagree, and how. */
  public record Finding(GapCell cell, SelfRating rating, Mismatch mismatch) {}

  private final Map<Long, Map<Long, SelfRating>> latest = new HashMap<>();

  /** Ratings made after the date are ignored, so a past date shows what was known then. */
  public ConfidenceCheck(List<SelfRating> ratings, LocalDate date) {
    for (SelfRating r : ratings) {
      if (!r.assessedOn().isAfter(date)) {
        latest
            .computeIfAbsent(r.staffId(), k -> new HashMap<>())
            .merge(r.competenceId(), r, ConfidenceCheck::later);
      }
    }
  }

  private static SelfRating later(SelfRating a, SelfRating b) {
    return b.assessedOn().isBefore(a.assessedOn()) ? a : b;
  }

  /** The person's latest rating of the competence, if any. */
  public Optional<SelfRating> ratingOf(long staffId, long competenceId) {
    return Optional.ofNullable(latest.getOrDefault(staffId, Map.of()).get(competenceId));
  }

  /** The confidence shown beside a cell, null when the person has not rated it. */
  public Integer confidenceOf(GapCell cell) {
    return ratingOf(cell.staffId(), cell.competenceId()).map(SelfRating::confidence).orElse(null);
  }

  /** How the rating and the standing of a cell disagree, if they do. */
  public Optional<Mismatch> mismatch(GapCell cell) {
    Optional<SelfRating> rating = ratingOf(cell.staffId(), cell.competenceId());
    if (rating.isEmpty() || cell.required() <= 0) {
      return Optional.empty();
    }
    boolean confident = rating.get().confident();
    return switch (cell.status()) {
      case GAP -> confident ? Optional.of(Mismatch.CONFIDENT_NOT_EVIDENCED) : Optional.empty();
      case MET, EXPIRING ->
          confident ? Optional.empty() : Optional.of(Mismatch.EVIDENCED_NOT_CONFIDENT);
      case PENDING, NOT_REQUIRED -> Optional.empty();
    };
  }

  /** Every disagreeing cell, in the order of the cells given. */
  public List<Finding> findings(List<GapCell> cells) {
    List<Finding> found = new ArrayList<>();
    for (GapCell cell : cells) {
      mismatch(cell)
          .ifPresent(
              m ->
                  found.add(
                      new Finding(
                          cell, ratingOf(cell.staffId(), cell.competenceId()).orElseThrow(), m)));
    }
    return List.copyOf(found);
  }
}
