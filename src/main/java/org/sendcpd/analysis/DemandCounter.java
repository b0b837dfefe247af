package org.sendcpd.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coverage against demand: per school x area of need, the distinct adults in post holding any
 * competence of that area at {@link #ENHANCED} or above (each adult counts once per area, however
 * many such competences they hold) and their FTE, against the pupils whose primary need is there.
 * Pupils and EHC plans are the school's whole-school rows (year group null), summed; a school that
 * has recorded only year-group rows gets the sum of those instead. The areas are the areas of need
 * named by the competences (then any others named only by need rows), in that order.
 */
final class DemandCounter {

  /** Level 2 (enhanced in the SEND Code of Practice's tiers) is what counts as cover. */
  static final int ENHANCED = 2;

  private DemandCounter() {}

  static List<String> areasOfNeed(WorkforceIndex index) {
    Set<String> areas = new LinkedHashSet<>();
    for (CompetenceRef c : index.competences) {
      if (c.areaOfNeed() != null) {
        areas.add(c.areaOfNeed());
      }
    }
    index.needsBySchool.values().forEach(list -> list.forEach(n -> areas.add(n.areaOfNeed())));
    areas.remove(null);
    return new ArrayList<>(areas);
  }

  static List<CapacityReport.DemandCoverage> count(
      WorkforceIndex index,
      long schoolId,
      List<String> areas,
      List<Person> inPost,
      Map<Long, Map<Long, Integer>> held) {
    List<CapacityReport.DemandCoverage> rows = new ArrayList<>();
    List<PupilNeed> needs = wholeSchoolRows(index.needsBySchool.getOrDefault(schoolId, List.of()));
    Map<String, Integer> adults = new HashMap<>();
    Map<String, Double> fte = new HashMap<>();
    for (Person p : inPost) {
      for (String area : areasCovered(index, held.getOrDefault(p.id(), Map.of()))) {
        adults.merge(area, 1, Integer::sum);
        fte.merge(area, p.fte(), Double::sum);
      }
    }
    for (String area : areas) {
      int pupils = 0;
      int ehcPlans = 0;
      for (PupilNeed n : needs) {
        if (area.equals(n.areaOfNeed())) {
          pupils += n.pupils();
          ehcPlans += n.ehcPlans();
        }
      }
      rows.add(
          new CapacityReport.DemandCoverage(
              schoolId,
              area,
              adults.getOrDefault(area, 0),
              WorkforceIndex.round2(fte.getOrDefault(area, 0.0)),
              pupils,
              ehcPlans));
    }
    return rows;
  }

  /** The areas of need in which the person holds some competence at enhanced or above. */
  private static Set<String> areasCovered(WorkforceIndex index, Map<Long, Integer> heldLevels) {
    Set<String> areas = new HashSet<>();
    for (Map.Entry<Long, Integer> h : heldLevels.entrySet()) {
      CompetenceRef c = index.competenceById.get(h.getKey());
      if (h.getValue() >= ENHANCED && c != null && c.areaOfNeed() != null) {
        areas.add(c.areaOfNeed());
      }
    }
    return areas;
  }

  private static List<PupilNeed> wholeSchoolRows(List<PupilNeed> needs) {
    List<PupilNeed> whole = new ArrayList<>();
    for (PupilNeed n : needs) {
      if (n.yearGroup() == null) {
        whole.add(n);
      }
    }
    return whole.isEmpty() ? needs : whole;
  }
}
