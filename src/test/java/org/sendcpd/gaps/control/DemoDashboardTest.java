package org.sendcpd.gaps.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.workforce.control.DemoAnalysis;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * The dashboard of the demo school, loaded as the application loads it: the figures agree with the
 * capacity report, and a whole academic year's twelve analyses stay cheap (the time is printed).
 */
class DemoDashboardTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void load() {
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  private static DashboardFigures figures(LocalDate date) {
    SchoolAnalysis today = DemoAnalysis.of(db, date, 90);
    List<SchoolAnalysis> monthEnds =
        DashboardCalculator.monthEnds(date).stream().map(d -> DemoAnalysis.of(db, d, 90)).toList();
    return DashboardCalculator.figures(today, monthEnds);
  }

  @Test
  void theDemoFiguresAgreeWithItsCapacity() {
    SchoolAnalysis a = DemoAnalysis.of(db, DemoDatabase.TODAY, 90);
    DashboardFigures f = figures(DemoDatabase.TODAY);
    List<CapacityReport.DemandCoverage> coverage = a.capacity().coverage();
    assertEquals(coverage.size(), f.coverage().size());
    for (int i = 0; i < coverage.size(); i++) {
      DashboardFigures.AreaTiers tiers = f.coverage().get(i);
      assertEquals(coverage.get(i).adults(), tiers.enhanced() + tiers.specialist());
    }
    assertEquals(f.tiles().openGaps(), f.openGaps().get(f.openGaps().size() - 1).count());
    assertTrue(f.tiles().breachesNow() > 0, "the demo's buccal midazolam rule");
    assertTrue(f.tiles().singlePoints() > 0);
    assertEquals(
        a.capacity().spend().stream().mapToDouble(CapacityReport.Spend::cost).sum(),
        f.spendByDelivery().stream().mapToDouble(DashboardFigures.Spend::cost).sum(),
        0.01);
  }

  @Test
  void aWholeYearOfAnalysesIsCheap() {
    LocalDate endOfYear = LocalDate.of(2027, 8, 31);
    figures(endOfYear);
    long started = System.nanoTime();
    DashboardFigures f = figures(endOfYear);
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "Demo dashboard on %s: %d analyses in %d ms%n", endOfYear, f.openGaps().size(), ms);
    assertEquals(12, f.openGaps().size());
    assertTrue(ms < 30_000, ms + " ms");
  }
}
