package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workforce indexed once, in maps keyed by id, so that every rule looks up what it needs
 * instead of scanning whole tables. Built in one pass over each list; null lists count as empty.
 */
final class WorkforceIndex {
  final List<Person> people;
  final Map<Long, Person> personById = new HashMap<>();
  final Map<Long, List<Person>> peopleBySchool = new TreeMap<>();
  final List<CompetenceRef> competences;
  final Map<Long, CompetenceRef> competenceById = new HashMap<>();
  private final Map<Long, Integer> competenceOrder = new HashMap<>();
  // What the shared frameworks ask by job role; a school with frameworks of its own has its
  // requirements here instead, the shared ones included.
  private final Map<String, Map<Long, Integer>> roleRequirements = new HashMap<>();
  private final Map<Long, Map<String, Map<Long, Integer>>> schoolRequirements = new HashMap<>();
  final Map<Long, Map<Long, Integer>> objectiveTargets = new HashMap<>();
  final Map<Long, Map<Long, List<Evidence>>> evidence = new HashMap<>();
  final Map<Long, CourseOffer> courseById = new HashMap<>();
  final Map<Long, List<CourseOffer>> coursesByCompetence = new HashMap<>();
  final Map<Long, List<SessionOffer>> sessionsByCourse = new HashMap<>();
  final Map<Long, List<SessionOffer>> sessionsByBookedStaff = new HashMap<>();
  final Map<Long, List<CpdActivity>> activitiesByStaff = new HashMap<>();
  final Map<Long, List<PupilNeed>> needsBySchool = new TreeMap<>();
  final Map<Long, List<CoverageRuleDef>> rulesBySchool = new TreeMap<>();
  final List<CoverageRuleDef> rules;
  final Map<Long, List<Deployment>> deploymentsByStaff = new HashMap<>();
  // school -> group key -> deployments there; the group's name as first written, by key
  private final Map<Long, Map<String, List<Deployment>>> deploymentsByGroup = new HashMap<>();
  private final Map<Long, Map<String, String>> groupNames = new HashMap<>();

  WorkforceIndex(Workforce w) {
    people = orEmpty(w.people());
    competences = orEmpty(w.competences());
    rules = orEmpty(w.rules());
    for (Person p : people) {
      personById.put(p.id(), p);
      peopleBySchool.computeIfAbsent(p.schoolId(), k -> new ArrayList<>()).add(p);
    }
    for (CompetenceRef c : competences) {
      competenceById.put(c.id(), c);
      competenceOrder.putIfAbsent(c.id(), competenceOrder.size());
    }
    indexRequirements(orEmpty(w.requirements()));
    for (ObjectiveTarget t : orEmpty(w.objectiveTargets())) {
      objectiveTargets
          .computeIfAbsent(t.staffId(), k -> new HashMap<>())
          .merge(t.competenceId(), t.level(), Math::max);
    }
    for (Evidence e : orEmpty(w.evidence())) {
      evidence
          .computeIfAbsent(e.staffId(), k -> new HashMap<>())
          .computeIfAbsent(e.competenceId(), k -> new ArrayList<>())
          .add(e);
    }
    indexCourses(w);
    for (CpdActivity a : orEmpty(w.activities())) {
      activitiesByStaff.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a);
    }
    for (PupilNeed n : orEmpty(w.needs())) {
      needsBySchool.computeIfAbsent(n.schoolId(), k -> new ArrayList<>()).add(n);
    }
    for (CoverageRuleDef r : rules) {
      rulesBySchool.computeIfAbsent(r.schoolId(), k -> new ArrayList<>()).add(r);
    }
    indexDeployments(orEmpty(w.deployments()));
  }

  /** Deployments of people the workforce holds, by person and by their school's group. */
  private void indexDeployments(List<Deployment> deployments) {
    for (Deployment d : deployments) {
      Person p = personById.get(d.staffId());
      if (p == null || d.group() == null || d.group().isBlank()) {
        continue;
      }
      String key = SchoolDays.groupKey(d.group());
      deploymentsByStaff.computeIfAbsent(d.staffId(), k -> new ArrayList<>()).add(d);
      deploymentsByGroup
          .computeIfAbsent(p.schoolId(), k -> new HashMap<>())
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(d);
      groupNames
          .computeIfAbsent(p.schoolId(), k -> new TreeMap<>())
          .putIfAbsent(key, d.group().strip());
    }
  }

  /** The groups adults of the school are deployed to (at any time), name by key. */
  Map<String, String> groupsOf(long schoolId) {
    return groupNames.getOrDefault(schoolId, Map.of());
  }

  /** The deployments to a group of the school (by its key), at any time and on any day. */
  List<Deployment> deploymentsTo(long schoolId, String groupKey) {
    return deploymentsByGroup.getOrDefault(schoolId, Map.of()).getOrDefault(groupKey, List.of());
  }

  List<Deployment> deploymentsOf(long staffId) {
    return deploymentsByStaff.getOrDefault(staffId, List.of());
  }

  /** Whether the person is with one of the groups (keys) on the weekday in the date's pattern. */
  boolean deployedTo(long staffId, Set<String> groupKeys, DayOfWeek day, LocalDate date) {
    for (Deployment d : deploymentsOf(staffId)) {
      if (d.covers(day, date) && groupKeys.contains(SchoolDays.groupKey(d.group()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A school's own frameworks add to what the shared ones ask of its staff (the higher level
   * counts), so a school never lowers what the trust requires and never touches another school.
   */
  private void indexRequirements(List<RoleRequirement> requirements) {
    Map<Long, Map<String, Map<Long, Integer>>> schoolOnly = new HashMap<>();
    for (RoleRequirement r : requirements) {
      Map<String, Map<Long, Integer>> byRole =
          r.schoolId() == null
              ? roleRequirements
              : schoolOnly.computeIfAbsent(r.schoolId(), k -> new HashMap<>());
      byRole
          .computeIfAbsent(r.jobRole(), k -> new HashMap<>())
          .merge(r.competenceId(), r.level(), Math::max);
    }
    schoolOnly.forEach(
        (school, byRole) -> {
          Map<String, Map<Long, Integer>> merged = new HashMap<>();
          roleRequirements.forEach((role, levels) -> merged.put(role, new HashMap<>(levels)));
          byRole.forEach(
              (role, levels) ->
                  levels.forEach(
                      (competence, level) ->
                          merged
                              .computeIfAbsent(role, k -> new HashMap<>())
                              .merge(competence, level, Math::max)));
          schoolRequirements.put(school, merged);
        });
  }

  /** What the frameworks ask of this person: the shared ones' and their school's own. */
  Map<Long, Integer> requiredOf(Person person) {
    return schoolRequirements
        .getOrDefault(person.schoolId(), roleRequirements)
        .getOrDefault(person.jobRole(), Map.of());
  }

  private void indexCourses(Workforce w) {
    for (CourseOffer c : orEmpty(w.courses())) {
      courseById.put(c.id(), c);
      Map<Long, CourseOffer> distinct = new LinkedHashMap<>();
      for (CourseOffer.Outcome o : orEmpty(c.outcomes())) {
        distinct.put(o.competenceId(), c);
      }
      distinct.forEach(
          (competenceId, course) ->
              coursesByCompetence
                  .computeIfAbsent(competenceId, k -> new ArrayList<>())
                  .add(course));
    }
    for (SessionOffer s : orEmpty(w.sessions())) {
      sessionsByCourse.computeIfAbsent(s.courseId(), k -> new ArrayList<>()).add(s);
      for (Long staffId : booked(s)) {
        sessionsByBookedStaff.computeIfAbsent(staffId, k -> new ArrayList<>()).add(s);
      }
    }
    Comparator<SessionOffer> byStart =
        Comparator.comparing(SessionOffer::startsAt).thenComparingLong(SessionOffer::id);
    sessionsByCourse.values().forEach(list -> list.sort(byStart));
  }

  static Set<Long> booked(SessionOffer s) {
    return s.bookedStaffIds() == null ? Set.of() : s.bookedStaffIds();
  }

  /** Each person's held level per competence on the date (only what they hold at all). */
  Map<Long, Map<Long, Integer>> heldLevels(List<Person> people, LocalDate date) {
    Map<Long, Map<Long, Integer>> held = new HashMap<>();
    for (Person p : people) {
      Map<Long, Integer> levels = new HashMap<>();
      evidenceOf(p.id())
          .forEach(
              (competenceId, evidence) -> {
                int level = EvidenceRules.heldLevel(evidence, date);
                if (level > 0) {
                  levels.put(competenceId, level);
                }
              });
      held.put(p.id(), levels);
    }
    return held;
  }

  Map<Long, List<Evidence>> evidenceOf(long staffId) {
    return evidence.getOrDefault(staffId, Map.of());
  }

  List<Evidence> evidenceOf(long staffId, long competenceId) {
    return evidenceOf(staffId).getOrDefault(competenceId, List.of());
  }

  List<Person> peopleOfSchool(long schoolId) {
    return peopleBySchool.getOrDefault(schoolId, List.of());
  }

  /** Competences in the order of the workforce's list (the frameworks' order), unknown ids last. */
  Comparator<Long> competenceOrder() {
    return Comparator.<Long>comparingInt(id -> competenceOrder.getOrDefault(id, Integer.MAX_VALUE))
        .thenComparing(Comparator.naturalOrder());
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static <T> Collection<T> orEmpty(Collection<T> c) {
    return c == null ? List.of() : c;
  }

  static double round2(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
