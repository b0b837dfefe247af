package org.sendcpd.gaps.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * The dashboard's figures for a school and date: the analysis of the date and of each month end of
 * the academic year before it (for the open gaps over the year), with WorkforceAnalyses's access
 * checks.
 */
@ApplicationScoped
public class DashboardService {

  @Inject WorkforceAnalyses gaps;
  @Inject Logger log;

  /** The analysis of the date itself, for the heatmap beside the figures. */
  public record Dashboard(SchoolAnalysis analysis, DashboardFigures figures) {}

  public Dashboard dashboard(long schoolId, LocalDate date) {
    long started = System.nanoTime();
    SchoolAnalysis today = gaps.school(schoolId, date);
    List<SchoolAnalysis> monthEnds =
        DashboardCalculator.monthEnds(date).stream().map(d -> gaps.school(schoolId, d)).toList();
    DashboardFigures figures = DashboardCalculator.figures(today, monthEnds);
    log.log(
        Level.FINE,
        "Dashboard of school {0} on {1}: {2} analyses in {3} ms",
        new Object[] {
          schoolId, date, monthEnds.size() + 1, (System.nanoTime() - started) / 1_000_000
        });
    return new Dashboard(today, figures);
  }
}
