package org.sendcpd.gaps.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.workforce.control.AnalysisView;

/**
 * The answer of /api/analysis/capacity: ids turned into codes and names people read. For the whole
 * trust schoolId is null and the rows that belong to one school (single points, demand, lapses,
 * spend, rules) say which by their own schoolId; holdings count by school as well.
 */
public record CapacityJson(
    Long schoolId,
    LocalDate date,
    int windowDays,
    List<HoldingJson> holdings,
    List<SinglePointJson> singlePointsOfFailure,
    List<DemandJson> coverageAgainstDemand,
    List<LapseJson> lapsing,
    List<RoleSpendJson> spendByRole,
    List<SpendJson> spend,
    List<RuleJson> coverageRules,
    List<GroupJson> byGroup) {

  /**
   * A group's pupils in an area of need (areaCode: the area of need's name) against the adults
   * deployed there at enhanced or above, per school day (MON to FRI); gapDays have pupils and none.
   */
  public record GroupJson(
      long schoolId,
      String group,
      String areaCode,
      int pupils,
      int ehcPlans,
      Map<String, DayJson> byDay,
      List<String> gapDays) {}

  public record DayJson(int adultsEnhanced, List<String> names) {}

  public record HoldingJson(
      String competenceCode,
      int level,
      String levelName,
      int holders,
      double fte,
      @Schema(description = "holders by job role", additionalProperties = Integer.class)
          Map<String, Integer> byRole,
      @Schema(description = "holders by school id", additionalProperties = Integer.class)
          Map<Long, Integer> bySchool) {}

  public record SinglePointJson(
      long schoolId,
      String competenceCode,
      String statement,
      int level,
      String levelName,
      int holders,
      List<String> holderNames) {}

  public record DemandJson(
      long schoolId, String areaOfNeed, int adults, double fte, int pupils, int ehcPlans) {}

  public record LapseJson(
      long schoolId,
      long staffId,
      String staffName,
      String competenceCode,
      int level,
      LocalDate expiresOn,
      long recordId) {}

  public record SpendJson(
      long schoolId,
      long staffId,
      String staffName,
      String jobRole,
      double hours,
      double cost,
      @Schema(description = "hours by delivery type", additionalProperties = Double.class)
          Map<String, Double> hoursByDelivery,
      @Schema(description = "cost by delivery type", additionalProperties = Double.class)
          Map<String, Double> costByDelivery) {}

  /** The spend of a job role, summed over its people. */
  public record RoleSpendJson(
      String jobRole,
      int people,
      double hours,
      double cost,
      @Schema(description = "hours by delivery type", additionalProperties = Double.class)
          Map<String, Double> hoursByDelivery,
      @Schema(description = "cost by delivery type", additionalProperties = Double.class)
          Map<String, Double> costByDelivery) {
    static RoleSpendJson of(CapacityReport.RoleSpend spend) {
      return new RoleSpendJson(
          spend.jobRole(),
          spend.people(),
          spend.hours(),
          spend.cost(),
          spend.hoursByDelivery(),
          spend.costByDelivery());
    }
  }

  public record RuleJson(
      long schoolId,
      long ruleId,
      String name,
      String competenceCode,
      int level,
      int minHolders,
      int holders,
      boolean active,
      boolean breachedNow,
      LocalDate breachDate,
      RuleCheck.BreachCause cause,
      String causeStaffName,
      String day) {}

  static CapacityJson of(AnalysisView a) {
    CapacityReport report = a.capacity();
    return new CapacityJson(
        a.schoolId(),
        report.date(),
        report.windowDays(),
        report.holdings().stream()
            .map(
                h -> {
                  CompetenceRef c = a.competence(h.competenceId());
                  return new HoldingJson(
                      c.code(),
                      h.level(),
                      c.levelName(h.level()),
                      h.holders(),
                      h.fte(),
                      h.byRole(),
                      h.bySchool());
                })
            .toList(),
        report.singlePoints().stream()
            .map(
                p -> {
                  CompetenceRef c = a.competence(p.competenceId());
                  return new SinglePointJson(
                      p.schoolId(),
                      c.code(),
                      c.statement(),
                      p.level(),
                      c.levelName(p.level()),
                      p.holders(),
                      p.holderIds().stream().map(id -> name(a, id)).toList());
                })
            .toList(),
        report.coverage().stream()
            .map(
                d ->
                    new DemandJson(
                        d.schoolId(),
                        d.areaOfNeed(),
                        d.adults(),
                        d.fte(),
                        d.pupils(),
                        d.ehcPlans()))
            .toList(),
        report.lapses().stream()
            .map(
                l ->
                    new LapseJson(
                        school(a, l.staffId()),
                        l.staffId(),
                        name(a, l.staffId()),
                        a.competence(l.competenceId()).code(),
                        l.level(),
                        l.expiresOn(),
                        l.recordId()))
            .toList(),
        report.spendByRole().stream().map(RoleSpendJson::of).toList(),
        report.spend().stream()
            .map(
                s ->
                    new SpendJson(
                        school(a, s.staffId()),
                        s.staffId(),
                        name(a, s.staffId()),
                        s.jobRole(),
                        s.hours(),
                        s.cost(),
                        s.hoursByDelivery(),
                        s.costByDelivery()))
            .toList(),
        a.rules().stream()
            .map(
                r ->
                    new RuleJson(
                        r.schoolId(),
                        r.ruleId(),
                        r.name(),
                        a.competence(r.competenceId()).code(),
                        r.level(),
                        r.minHolders(),
                        r.holders(),
                        r.active(),
                        r.breachedNow(),
                        r.breachDate(),
                        r.cause(),
                        r.causeStaffId() == null ? null : name(a, r.causeStaffId()),
                        r.day() == null ? null : SchoolDays.code(r.day())))
            .toList(),
        report.byGroup().stream().map(g -> group(a, g)).toList());
  }

  private static GroupJson group(AnalysisView a, CapacityReport.GroupCover g) {
    Map<String, DayJson> byDay = new LinkedHashMap<>();
    for (DayOfWeek day : SchoolDays.WEEK) {
      List<Long> ids = g.adultsByDay().getOrDefault(day, List.of());
      byDay.put(
          SchoolDays.code(day),
          new DayJson(ids.size(), ids.stream().map(id -> name(a, id)).toList()));
    }
    return new GroupJson(
        g.schoolId(),
        g.group(),
        g.areaOfNeed(),
        g.pupils(),
        g.ehcPlans(),
        byDay,
        g.gapDays().stream().map(SchoolDays::code).toList());
  }

  private static long school(AnalysisView a, long staffId) {
    return a.person(staffId).schoolId();
  }

  private static String name(AnalysisView a, long staffId) {
    Person p = a.person(staffId);
    return p == null ? "#" + staffId : p.name();
  }
}
