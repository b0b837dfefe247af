package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Single points of failure: per school, each competence required there, at the highest level
 * required of anyone, that 0 or 1 in-post people of the school hold at that level. A competence is
 * required in a school by the role requirement of an in-post person's role, by an open objective
 * target of someone in post, or by one of the school's coverage rules that is in force on some day
 * of the window (validTo not before the date, validFrom not after date + window), since a rule for
 * next month's trip is exactly what the head needs to see coming.
 */
final class SinglePointFinder {

  private SinglePointFinder() {}

  static List<CapacityReport.SinglePoint> find(
      WorkforceIndex index,
      long schoolId,
      List<Person> inPost,
      Map<Long, Map<Long, Integer>> held,
      LocalDate date,
      int windowDays) {
    Map<Long, Integer> required = requiredIn(index, schoolId, inPost, date, windowDays);
    List<Long> ordered = new ArrayList<>(required.keySet());
    ordered.sort(index.competenceOrder());
    List<CapacityReport.SinglePoint> points = new ArrayList<>();
    for (Long competenceId : ordered) {
      int level = required.get(competenceId);
      List<Long> holders = new ArrayList<>();
      for (Person p : inPost) {
        if (held.getOrDefault(p.id(), Map.of()).getOrDefault(competenceId, 0) >= level) {
          holders.add(p.id());
        }
      }
      if (holders.size() <= 1) {
        points.add(
            new CapacityReport.SinglePoint(
                schoolId, competenceId, level, holders.size(), List.copyOf(holders)));
      }
    }
    return points;
  }

  private static Map<Long, Integer> requiredIn(
      WorkforceIndex index, long schoolId, List<Person> inPost, LocalDate date, int windowDays) {
    Map<Long, Integer> required = new HashMap<>();
    for (Person p : inPost) {
      index.requiredOf(p).forEach((c, level) -> required.merge(c, level, Math::max));
      index
          .objectiveTargets
          .getOrDefault(p.id(), Map.of())
          .forEach((c, level) -> required.merge(c, level, Math::max));
    }
    LocalDate horizon = date.plusDays(windowDays);
    for (CoverageRuleDef r : index.rulesBySchool.getOrDefault(schoolId, List.of())) {
      boolean inForce =
          (r.validTo() == null || !r.validTo().isBefore(date))
              && (r.validFrom() == null || !r.validFrom().isAfter(horizon));
      if (inForce) {
        required.merge(r.competenceId(), r.level(), Math::max);
      }
    }
    required.values().removeIf(level -> level <= 0);
    return required;
  }
}
