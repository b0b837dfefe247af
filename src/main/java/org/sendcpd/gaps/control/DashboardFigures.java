package org.sendcpd.gaps.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The numbers of the head's and the SENCO's dashboard for one school and reference date, every one
 * read from the analysis (so a chart, a tile and a later report never disagree).
 *
 * @param tiles the headline counts
 * @param coverage per area of need, the adults in post by the highest tier they hold there
 * @param lapsesByMonth verified evidence lapsing in each of the twelve months from the date's month
 * @param spendByRole CPD hours and spend in the academic year to the date, by job role
 * @param spendByDelivery the same by delivery type (in-house, specialist external, online)
 * @param openGaps the number of GAP cells at each month end since 1 September, then on the date
 */
public record DashboardFigures(
    long schoolId,
    LocalDate date,
    Tiles tiles,
    List<AreaTiers> coverage,
    List<MonthCount> lapsesByMonth,
    List<Spend> spendByRole,
    List<Spend> spendByDelivery,
    List<DateCount> openGaps)
    implements Serializable {

  /**
   * Headline counts. Required cells are the person x competence cells with a requirement; met cells
   * are those held at the required level today (MET or EXPIRING). Breaches ahead are rules met
   * today that break within the window.
   */
  public record Tiles(
      int staff,
      int requiredCells,
      int metCells,
      int openGaps,
      int singlePoints,
      int breachesNow,
      int breachesAhead,
      int lapses,
      int windowDays)
      implements Serializable {

    /** Met cells as a whole percentage of required cells, rounded down; 100 when none required. */
    public int metPercent() {
      return requiredCells == 0 ? 100 : (int) Math.floor(100.0 * metCells / requiredCells);
    }
  }

  /** Adults whose highest tier held in an area of need is universal, enhanced or specialist. */
  public record AreaTiers(String areaOfNeed, int universal, int enhanced, int specialist)
      implements Serializable {

    public int adults() {
      return universal + enhanced + specialist;
    }
  }

  /** A count for a calendar month. */
  public record MonthCount(YearMonth month, int count) implements Serializable {}

  /** A count on a date. */
  public record DateCount(LocalDate date, int count) implements Serializable {}

  /** Hours and spend (pounds) under a key: a job role or a delivery type. */
  public record Spend(String key, int people, double hours, double cost) implements Serializable {}
}
