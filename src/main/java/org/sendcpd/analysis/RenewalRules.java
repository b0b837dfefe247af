package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which certificates need renewing on a reference date. A certificate is a verified record with an
 * expiry; it is <em>lapsing</em> when it expires within (date, date + window] and <em>expired</em>
 * when its expiry is on or before the date. Either way it drops out once it is <em>renewed</em>:
 * for every competence it evidences, a later verified record (completed after it, by the date)
 * evidences the same competence at the same level or higher and lasts longer. Pending (self-logged)
 * records never renew anything; only people in post are listed. An observation is never a
 * certificate (it does not expire) but renews one like any later verified record: the level is
 * still held. Lapsing come soonest first, expired most recent first.
 */
public final class RenewalRules {

  /** A certificate due for renewal. */
  public record Due(
      long recordId,
      long staffId,
      Long courseId,
      List<Long> competenceIds,
      LocalDate expiresOn,
      boolean expired) {}

  private RenewalRules() {}

  public static List<Due> due(
      List<Evidence> evidence, Set<Long> inPost, LocalDate date, int windowDays) {
    Map<Long, List<Evidence>> byRecord = new LinkedHashMap<>();
    Map<String, List<Evidence>> byHolding = new HashMap<>();
    for (Evidence e : evidence) {
      if (e.status() == Evidence.Status.VERIFIED && e.completedOn() != null) {
        if (e.fromRecord()) {
          byRecord.computeIfAbsent(e.recordId(), r -> new ArrayList<>()).add(e);
        }
        byHolding.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
      }
    }
    LocalDate horizon = date.plusDays(windowDays);
    List<Due> lapsing = new ArrayList<>();
    List<Due> expired = new ArrayList<>();
    for (List<Evidence> pieces : byRecord.values()) {
      Evidence first = pieces.get(0);
      LocalDate expiry = first.expiresOn();
      if (expiry == null
          || first.completedOn().isAfter(date)
          || expiry.isAfter(horizon)
          || !inPost.contains(first.staffId())
          || renewed(pieces, byHolding, date)) {
        continue;
      }
      Due due =
          new Due(
              first.recordId(),
              first.staffId(),
              first.courseId(),
              pieces.stream().map(Evidence::competenceId).distinct().toList(),
              expiry,
              !expiry.isAfter(date));
      (due.expired() ? expired : lapsing).add(due);
    }
    lapsing.sort(Comparator.comparing(Due::expiresOn).thenComparingLong(Due::staffId));
    expired.sort(Comparator.comparing(Due::expiresOn).reversed().thenComparingLong(Due::staffId));
    List<Due> all = new ArrayList<>(lapsing);
    all.addAll(expired);
    return List.copyOf(all);
  }

  /** Every piece of the certificate is evidenced again by a later, longer-lasting record. */
  static boolean renewed(
      List<Evidence> pieces, Map<String, List<Evidence>> byHolding, LocalDate date) {
    for (Evidence piece : pieces) {
      boolean again =
          byHolding.getOrDefault(key(piece), List.of()).stream()
              .anyMatch(
                  later ->
                      !later.sameOrigin(piece)
                          && later.level() >= piece.level()
                          && later.completedOn().isAfter(piece.completedOn())
                          && !later.completedOn().isAfter(date)
                          && (later.expiresOn() == null
                              || later.expiresOn().isAfter(piece.expiresOn())));
      if (!again) {
        return false;
      }
    }
    return true;
  }

  /**
   * The session to re-book onto: the first upcoming session of the course with a free place, else
   * the first upcoming one (its waiting list); empty when none is planned.
   */
  public static Optional<SessionOffer> nextSession(List<SessionOffer> sessions, Long courseId) {
    if (courseId == null) {
      return Optional.empty();
    }
    List<SessionOffer> ofCourse =
        sessions.stream()
            .filter(s -> s.courseId() == courseId)
            .sorted(Comparator.comparing(SessionOffer::startsAt))
            .toList();
    return ofCourse.stream()
        .filter(s -> s.freePlaces() > 0)
        .findFirst()
        .or(() -> ofCourse.stream().findFirst());
  }

  private static String key(Evidence e) {
    return e.staffId() + ":" + e.competenceId();
  }
}
