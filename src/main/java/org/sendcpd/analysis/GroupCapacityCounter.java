package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Capacity where the pupils are: for each group of a school with a need profile (yearGroup set) and
 * each area of need with pupils there, the adults in post deployed to the group on each school day
 * (in the pattern in force on the date) who hold some competence of that area at {@link
 * DemandCounter#ENHANCED} or above. Rows come in the order of the groups' names, then the areas'
 * order; a group named twice (two profiles whose names differ only in case) is summed.
 */
final class GroupCapacityCounter {

  private GroupCapacityCounter() {}

  static List<CapacityReport.GroupCover> count(
      WorkforceIndex index,
      long schoolId,
      List<String> areas,
      List<Person> inPost,
      Map<Long, Map<Long, Integer>> held,
      LocalDate date) {
    Map<String, String> names = new TreeMap<>();
    Map<String, Map<String, int[]>> pupils = new LinkedHashMap<>();
    for (PupilNeed n : index.needsBySchool.getOrDefault(schoolId, List.of())) {
      if (n.yearGroup() == null || n.yearGroup().isBlank() || n.pupils() <= 0) {
        continue;
      }
      String key = SchoolDays.groupKey(n.yearGroup());
      names.putIfAbsent(key, n.yearGroup().strip());
      int[] counts =
          pupils
              .computeIfAbsent(key, k -> new LinkedHashMap<>())
              .computeIfAbsent(n.areaOfNeed(), a -> new int[2]);
      counts[0] += n.pupils();
      counts[1] += n.ehcPlans();
    }
    List<CapacityReport.GroupCover> rows = new ArrayList<>();
    for (Map.Entry<String, String> group : names.entrySet()) {
      Map<DayOfWeek, List<Person>> deployed =
          deployedByDay(index, schoolId, group.getKey(), inPost, date);
      for (String area : areas) {
        int[] counts = pupils.get(group.getKey()).get(area);
        if (counts != null) {
          rows.add(row(index, schoolId, group.getValue(), area, counts, deployed, held));
        }
      }
    }
    return rows;
  }

  private static CapacityReport.GroupCover row(
      WorkforceIndex index,
      long schoolId,
      String group,
      String area,
      int[] counts,
      Map<DayOfWeek, List<Person>> deployed,
      Map<Long, Map<Long, Integer>> held) {
    Map<DayOfWeek, List<Long>> byDay = new EnumMap<>(DayOfWeek.class);
    List<DayOfWeek> gapDays = new ArrayList<>();
    for (DayOfWeek day : SchoolDays.WEEK) {
      List<Long> adults = new ArrayList<>();
      for (Person p : deployed.get(day)) {
        if (holdsInArea(index, held.getOrDefault(p.id(), Map.of()), area, DemandCounter.ENHANCED)) {
          adults.add(p.id());
        }
      }
      byDay.put(day, List.copyOf(adults));
      if (adults.isEmpty()) {
        gapDays.add(day);
      }
    }
    return new CapacityReport.GroupCover(
        schoolId, group, area, counts[0], counts[1], byDay, List.copyOf(gapDays));
  }

  /** The people in post deployed to the group on each school day, in the workforce's order. */
  static Map<DayOfWeek, List<Person>> deployedByDay(
      WorkforceIndex index, long schoolId, String groupKey, List<Person> inPost, LocalDate date) {
    Set<Long> there = new HashSet<>();
    for (Deployment d : index.deploymentsTo(schoolId, groupKey)) {
      there.add(d.staffId());
    }
    Map<DayOfWeek, List<Person>> byDay = new EnumMap<>(DayOfWeek.class);
    Set<String> keys = Set.of(groupKey);
    for (DayOfWeek day : SchoolDays.WEEK) {
      List<Person> people = new ArrayList<>();
      for (Person p : inPost) {
        if (there.contains(p.id()) && index.deployedTo(p.id(), keys, day, date)) {
          people.add(p);
        }
      }
      byDay.put(day, people);
    }
    return byDay;
  }

  /** Whether the held levels include a competence of the area at the level or above. */
  static boolean holdsInArea(
      WorkforceIndex index, Map<Long, Integer> heldLevels, String area, int level) {
    return bestInArea(index, heldLevels, area) >= level;
  }

  /** The highest level held in any competence of the area of need, 0 when none. */
  static int bestInArea(WorkforceIndex index, Map<Long, Integer> heldLevels, String area) {
    int best = 0;
    for (Map.Entry<Long, Integer> h : heldLevels.entrySet()) {
      CompetenceRef c = index.competenceById.get(h.getKey());
      if (c != null && area.equals(c.areaOfNeed()) && h.getValue() > best) {
        best = h.getValue();
      }
    }
    return best;
  }
}
