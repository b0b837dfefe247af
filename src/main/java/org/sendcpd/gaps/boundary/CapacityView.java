package org.sendcpd.gaps.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/** Capacity: the head's overview of who holds what, where it hangs on one person, what lapses. */
@Named
@RequestScoped
public class CapacityView {

  @Inject WorkforceAnalyses gaps;
  @Inject VisibleSchools schools;

  private LocalDate date;
  private Long schoolId;
  private CapacityJson capacity;

  /** The page's view action: reads the date and school asked for, today and one's own school. */
  public void load() {
    if (date == null) {
      date = LocalDate.now();
    }
    if (schoolId == null) {
      schoolId = schools.requireDefaultSchool();
    }
    capacity = CapacityJson.of(gaps.school(schoolId, referenceDate()));
  }

  LocalDate referenceDate() {
    return date == null ? LocalDate.now() : date;
  }

  /** Shows another date or school at an address that can be bookmarked. */
  public String show() {
    return "/gaps/capacity?faces-redirect=true&includeViewParams=true";
  }

  /** The school days' codes, Monday first: the columns of capacity by group. */
  public List<String> getDayCodes() {
    return SchoolDays.WEEK.stream().map(SchoolDays::code).toList();
  }

  /** The adults counted in a group's cell, for its tooltip. */
  public String names(CapacityJson.GroupJson group, String dayCode) {
    CapacityJson.DayJson day = group.byDay().get(dayCode);
    return day == null ? "" : String.join(", ", day.names());
  }

  /** The reference date as the gap page's address takes it. */
  public String getIsoDate() {
    return referenceDate().toString();
  }

  public CapacityJson getCapacity() {
    return capacity;
  }

  public List<VisibleSchools.Option> getSchools() {
    return schools.options();
  }

  /** Pupils per adult at enhanced or above; empty when there is no adult. */
  public String perAdult(CapacityJson.DemandJson row) {
    return row.adults() == 0
        ? (row.pupils() == 0 ? "" : "no adult")
        : String.format("%.1f", (double) row.pupils() / row.adults());
  }

  /** Holders by job role in words, in the order of the roles: "Teacher 2, Teaching assistant 3". */
  public String byRole(Map<String, Integer> counts) {
    return Arrays.stream(JobRole.values())
        .filter(r -> counts.getOrDefault(r.name(), 0) > 0)
        .map(r -> r.label() + " " + counts.get(r.name()))
        .collect(Collectors.joining(", "));
  }

  public String roleLabel(String jobRole) {
    return JobRole.labelOf(jobRole);
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }
}
