package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to do about a group-day gap, on a reference date. Nearly there: adults in post deployed to
 * the group that day whose best level in the area is one below enhanced; for each, the first
 * competence of the area (the frameworks' order) they hold at that level, with the courses that
 * take it to enhanced and their next sessions (as {@link ClosingCourses} answers a gap). Holders
 * elsewhere: adults in post of the school who hold enhanced or above in the area and are not with
 * the group that day, those deployed nowhere that day first (they may be free), then by the
 * workforce's order.
 */
public class GroupGapAdvisor {

  private final WorkforceIndex index;

  public GroupGapAdvisor(Workforce workforce) {
    this(new WorkforceIndex(workforce));
  }

  GroupGapAdvisor(WorkforceIndex index) {
    this.index = index;
  }

  public GroupGapAdvice advise(
      long schoolId, String group, String areaOfNeed, DayOfWeek day, LocalDate date) {
    String key = SchoolDays.groupKey(group);
    List<GroupGapAdvice.NearlyThere> nearly = new ArrayList<>();
    List<GroupGapAdvice.HolderElsewhere> free = new ArrayList<>();
    List<GroupGapAdvice.HolderElsewhere> busy = new ArrayList<>();
    ClosingCourses closing = new ClosingCourses(index);
    for (Person p : index.peopleOfSchool(schoolId)) {
      if (!p.inPostOn(date)) {
        continue;
      }
      Map<Long, Integer> held = heldLevels(p, date);
      int best = GroupCapacityCounter.bestInArea(index, held, areaOfNeed);
      boolean there = index.deployedTo(p.id(), Set.of(key), day, date);
      if (there && best == DemandCounter.ENHANCED - 1) {
        nearly.add(nearlyThere(p, held, areaOfNeed, closing, date));
      } else if (!there && best >= DemandCounter.ENHANCED) {
        List<String> groups = groupsThatDay(p, day, date);
        (groups.isEmpty() ? free : busy)
            .add(new GroupGapAdvice.HolderElsewhere(p.id(), best, groups));
      }
    }
    free.addAll(busy);
    return new GroupGapAdvice(
        schoolId, group, areaOfNeed, day, List.copyOf(nearly), List.copyOf(free));
  }

  private GroupGapAdvice.NearlyThere nearlyThere(
      Person p, Map<Long, Integer> held, String area, ClosingCourses closing, LocalDate date) {
    GroupGapAdvice.NearlyThere first = null;
    for (CompetenceRef c : index.competences) {
      if (!area.equals(c.areaOfNeed())
          || held.getOrDefault(c.id(), 0) != DemandCounter.ENHANCED - 1) {
        continue;
      }
      GapCell cell =
          new GapCell(
              p.id(),
              c.id(),
              DemandCounter.ENHANCED,
              DemandCounter.ENHANCED - 1,
              GapStatus.GAP,
              1,
              null,
              false,
              false);
      List<ClosingCourse> courses = closing.howToClose(cell, date);
      GroupGapAdvice.NearlyThere option =
          new GroupGapAdvice.NearlyThere(p.id(), c.id(), DemandCounter.ENHANCED - 1, courses);
      if (!courses.isEmpty()) {
        return option;
      }
      if (first == null) {
        first = option;
      }
    }
    return first;
  }

  private Map<Long, Integer> heldLevels(Person p, LocalDate date) {
    Map<Long, Integer> levels = new java.util.HashMap<>();
    index
        .evidenceOf(p.id())
        .forEach(
            (competenceId, evidence) -> {
              int level = EvidenceRules.heldLevel(evidence, date);
              if (level > 0) {
                levels.put(competenceId, level);
              }
            });
    return levels;
  }

  private List<String> groupsThatDay(Person p, DayOfWeek day, LocalDate date) {
    List<String> groups = new ArrayList<>();
    for (Deployment d : index.deploymentsOf(p.id())) {
      if (d.covers(day, date) && !groups.contains(d.group().strip())) {
        groups.add(d.group().strip());
      }
    }
    return groups;
  }
}
