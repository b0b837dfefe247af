package org.sendcpd.deployment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.workforce.control.DemoAnalysis;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * The demo school's week, loaded as the application loads it: a group-day gap, a per-day breach.
 */
class DemoDeploymentTest {

  static JpaTestDatabase db;
  static SchoolAnalysis demo;

  @BeforeAll
  static void load() {
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
    demo = DemoAnalysis.of(db, DemoDatabase.TODAY, 90);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void year2sPupilWithSensoryNeedsHasNoEnhancedAdultOnTheHltasDaysOff() {
    CapacityReport.GroupCover year2 =
        demo.capacity().byGroup().stream()
            .filter(g -> g.group().equals("Year 2"))
            .filter(g -> g.areaOfNeed().equals("SENSORY_AND_PHYSICAL"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, year2.pupils());
    assertEquals(
        List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
        year2.gapDays(),
        year2.toString());
    assertEquals(
        "Bernadette Walsh", demo.person(year2.adultsByDay().get(DayOfWeek.MONDAY).get(0)).name());
    assertTrue(
        demo.capacity().byGroup().stream()
            .filter(g -> g.group().equals("The Hive"))
            .allMatch(g -> g.gapDays().isEmpty()),
        "The Hive's profile drives its own rows, all covered");
  }

  @Test
  void theMidazolamRuleIsCountedDayByDayAgainstYear2sAdults() {
    RuleCheck midazolam =
        demo.rules().stream()
            .filter(r -> r.name().contains("buccal midazolam"))
            .findFirst()
            .orElseThrow();
    assertTrue(midazolam.breachedNow());
    assertEquals(DayOfWeek.MONDAY, midazolam.day());
    assertEquals(RuleCheck.BreachCause.HOLDER_LEAVES, midazolam.cause(), midazolam.toString());
    assertEquals("Carol Dawson", demo.person(midazolam.causeStaffId()).name());
  }
}
