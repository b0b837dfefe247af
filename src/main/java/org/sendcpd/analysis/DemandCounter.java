package org.sendcpd.analysis;

import java.util.ArrayList;
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
    for (String area : areas) {
      int adults = 0;
      double fte = 0;
      for (Person p : inPost) {
        if (coversArea(index, held.getOrDefault(p.id(), Map.of()), area)) {
          adults++;
          fte += p.fte();
        }
      }
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
              schoolId, area, adults, WorkforceIndex.round2(fte), pupils, ehcPlans));
    }
    return rows;
  }

  private static boolean coversArea(
      WorkforceIndex index, Map<Long, Integer> heldLevels, String area) {
    for (Map.Entry<Long, Integer> h : heldLevels.entrySet()) {
      CompetenceRef c = index.competenceById.get(h.getKey());
      if (h.getValue() >= ENHANCED && c != null && area.equals(c.areaOfNeed())) {
        return true;
      }
    }
    return false;
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
