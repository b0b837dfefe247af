package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The workforce's capacity on a reference date, for one school or the whole trust, counting only
 * people in post (leavers drop out, starters count from their start date). Holdings by {@link
 * HoldingCounter}, single points of failure by {@link SinglePointFinder}, coverage against demand
 * by {@link DemandCounter} and, where the pupils are, by {@link GroupCapacityCounter}, CPD spend by
 * {@link SpendCounter}. Lapses are the pieces of the certificates that {@link RenewalRules} finds
 * lapsing within (date, date + window] and not yet renewed, one row per piece (a certificate may
 * evidence several competences), soonest first; the Renewals screen lists the same certificates.
 */
public class CapacityAnalyser {

  static final Comparator<CapacityReport.Lapse> SOONEST_FIRST =
      Comparator.comparing(CapacityReport.Lapse::expiresOn)
          .thenComparingLong(CapacityReport.Lapse::staffId)
          .thenComparingLong(CapacityReport.Lapse::competenceId)
          .thenComparingLong(CapacityReport.Lapse::recordId);

  private final WorkforceIndex index;

  public CapacityAnalyser(Workforce workforce) {
    this(new WorkforceIndex(workforce));
  }

  CapacityAnalyser(WorkforceIndex index) {
    this.index = index;
  }

  /** The whole trust. */
  public CapacityReport capacity(LocalDate date, int windowDays) {
    return capacity(null, date, windowDays);
  }

  /** One school, or every school when schoolId is null. */
  public CapacityReport capacity(Long schoolId, LocalDate date, int windowDays) {
    List<Long> schools = schoolsInScope(schoolId);
    Map<Long, List<Person>> inPostBySchool = new HashMap<>();
    List<Person> inPost = new ArrayList<>();
    for (Long school : schools) {
      List<Person> list = new ArrayList<>();
      for (Person p : index.peopleOfSchool(school)) {
        if (p.inPostOn(date)) {
          list.add(p);
        }
      }
      inPostBySchool.put(school, list);
      inPost.addAll(list);
    }
    Map<Long, Map<Long, Integer>> held = index.heldLevels(inPost, date);
    List<CapacityReport.SinglePoint> singlePoints = new ArrayList<>();
    List<CapacityReport.DemandCoverage> coverage = new ArrayList<>();
    List<CapacityReport.GroupCover> byGroup = new ArrayList<>();
    List<String> areas = DemandCounter.areasOfNeed(index);
    for (Long school : schools) {
      List<Person> people = inPostBySchool.get(school);
      singlePoints.addAll(SinglePointFinder.find(index, school, people, held, date, windowDays));
      coverage.addAll(DemandCounter.count(index, school, areas, people, held));
      byGroup.addAll(GroupCapacityCounter.count(index, school, areas, people, held, date));
    }
    List<CapacityReport.Spend> spend = SpendCounter.perPerson(index, inPost, date);
    return new CapacityReport(
        date,
        windowDays,
        HoldingCounter.count(index, inPost, held),
        List.copyOf(singlePoints),
        List.copyOf(coverage),
        lapses(inPost, date, windowDays),
        List.copyOf(spend),
        SpendCounter.byRole(spend),
        List.copyOf(byGroup));
  }

  /** The given school, or every school with people or pupil needs, in id order. */
  private List<Long> schoolsInScope(Long schoolId) {
    if (schoolId != null) {
      return List.of(schoolId);
    }
    TreeSet<Long> schools = new TreeSet<>(index.peopleBySchool.keySet());
    schools.addAll(index.needsBySchool.keySet());
    return new ArrayList<>(schools);
  }

  private List<CapacityReport.Lapse> lapses(List<Person> inPost, LocalDate date, int windowDays) {
    LocalDate horizon = date.plusDays(windowDays);
    Set<Long> certificates = lapsingCertificates(inPost, date, windowDays);
    List<CapacityReport.Lapse> lapses = new ArrayList<>();
    for (Person p : inPost) {
      for (List<Evidence> evidence : index.evidenceOf(p.id()).values()) {
        for (Evidence e : evidence) {
          if (EvidenceRules.heldOn(e, date)
              && e.fromRecord()
              && certificates.contains(e.recordId())
              && e.expiresOn() != null
              && !e.expiresOn().isAfter(horizon)) {
            lapses.add(
                new CapacityReport.Lapse(
                    e.staffId(), e.competenceId(), e.level(), e.expiresOn(), e.recordId()));
          }
        }
      }
    }
    lapses.sort(SOONEST_FIRST);
    return List.copyOf(lapses);
  }

  private Set<Long> lapsingCertificates(List<Person> inPost, LocalDate date, int windowDays) {
    Set<Long> people = inPost.stream().map(Person::id).collect(Collectors.toSet());
    List<Evidence> evidence =
        inPost.stream()
            .flatMap(p -> index.evidenceOf(p.id()).values().stream())
            .flatMap(List::stream)
            .toList();
    return RenewalRules.due(evidence, people, date, windowDays).stream()
        .filter(d -> !d.expired())
        .map(RenewalRules.Due::recordId)
        .collect(Collectors.toSet());
  }
}
