package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The workforce's capacity on a reference date, counting only people in post.
 *
 * @param holdings per competence x level: the people holding it at that level or above
 * @param singlePoints required competences held at the required level by one person or none
 * @param coverage adults at level 2 (enhanced) or above in an area of need against the pupils whose
 *     primary need is there
 * @param lapses verified evidence that expires within the window after the date
 * @param spend CPD hours and cost per person in the academic year up to the date
 * @param spendByRole the same summed by job role
 * @param byGroup per group with a need profile and area of need with pupils: the adults deployed
 *     there at enhanced or above on each school day, and the days with none
 */
public record CapacityReport(
    LocalDate date,
    int windowDays,
    List<Holding> holdings,
    List<SinglePoint> singlePoints,
    List<DemandCoverage> coverage,
    List<Lapse> lapses,
    List<Spend> spend,
    List<RoleSpend> spendByRole,
    List<GroupCover> byGroup) {

  public CapacityReport(
      LocalDate date,
      int windowDays,
      List<Holding> holdings,
      List<SinglePoint> singlePoints,
      List<DemandCoverage> coverage,
      List<Lapse> lapses,
      List<Spend> spend,
      List<RoleSpend> spendByRole) {
    this(date, windowDays, holdings, singlePoints, coverage, lapses, spend, spendByRole, List.of());
  }

  /**
   * One group's pupils in an area of need against the adults deployed there who hold enhanced or
   * above in that area, per school day (Monday to Friday, in order); a gap day has pupils and no
   * such adult.
   */
  public record GroupCover(
      long schoolId,
      String group,
      String areaOfNeed,
      int pupils,
      int ehcPlans,
      Map<DayOfWeek, List<Long>> adultsByDay,
      List<DayOfWeek> gapDays) {

    public int adultsOn(DayOfWeek day) {
      return adultsByDay.getOrDefault(day, List.of()).size();
    }
  }

  /** Head count and FTE holding a competence at a level or above, by job role and school. */
  public record Holding(
      long competenceId,
      int level,
      int holders,
      double fte,
      Map<String, Integer> byRole,
      Map<Long, Integer> bySchool) {}

  /** A competence required in a school (by role, objective or coverage rule) held by 0 or 1. */
  public record SinglePoint(
      long schoolId, long competenceId, int level, int holders, List<Long> holderIds) {}

  /** One school's adults at enhanced or above in an area of need, against its pupils there. */
  public record DemandCoverage(
      long schoolId, String areaOfNeed, int adults, double fte, int pupils, int ehcPlans) {}

  /** Held evidence that lapses within the window. */
  public record Lapse(
      long staffId, long competenceId, int level, LocalDate expiresOn, long recordId) {}

  /** What one person's CPD took and cost, by delivery type. */
  public record Spend(
      long staffId,
      String jobRole,
      double hours,
      double cost,
      Map<String, Double> hoursByDelivery,
      Map<String, Double> costByDelivery) {}

  /** The same summed over a job role. */
  public record RoleSpend(
      String jobRole,
      int people,
      double hours,
      double cost,
      Map<String, Double> hoursByDelivery,
      Map<String, Double> costByDelivery) {}
}
