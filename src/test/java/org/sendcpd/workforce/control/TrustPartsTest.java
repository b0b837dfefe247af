package org.sendcpd.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.SchoolComparison;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;

/**
 * The trust put together school by school answers exactly what one analysis of every school's rows
 * at once answers, on the demo trust (three schools with deployments, rules, trust sessions and
 * observations).
 */
class TrustPartsTest {

  static JpaTestDatabase db;
  static TrustAnalysis bySchool;
  static SchoolAnalysis atOnce;

  @BeforeAll
  static void analyse() {
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
    bySchool = DemoAnalysis.trust(db, DemoDatabase.TODAY, 90);
    atOnce = DemoAnalysis.allRowsAtOnce(db, DemoDatabase.TODAY, 90);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void capacityIsTheSame() {
    CapacityReport merged = bySchool.capacity();
    CapacityReport whole = atOnce.capacity();
    assertFalse(whole.holdings().isEmpty());
    assertEquals(whole.holdings(), merged.holdings(), "holdings");
    assertEquals(whole.singlePoints(), merged.singlePoints(), "single points");
    assertEquals(whole.coverage(), merged.coverage(), "coverage");
    assertEquals(whole.byGroup(), merged.byGroup(), "groups");
    assertEquals(whole.lapses(), merged.lapses(), "lapses");
    assertEquals(new HashSet<>(whole.spend()), new HashSet<>(merged.spend()), "spend per person");
    assertEquals(whole.spend().size(), merged.spend().size());
    assertEquals(whole.spendByRole(), merged.spendByRole(), "spend by role");
  }

  @Test
  void rulesAndSchoolFiguresAreTheSame() {
    assertFalse(atOnce.rules().isEmpty());
    assertEquals(new HashSet<>(atOnce.rules()), new HashSet<>(bySchool.rules()));
    assertEquals(atOnce.rules().size(), bySchool.rules().size());
    Map<Long, SchoolComparison.Figures> whole =
        SchoolComparison.bySchool(
                atOnce.workforce(), atOnce.gaps(), atOnce.capacity(), atOnce.rules())
            .stream()
            .collect(Collectors.toMap(SchoolComparison.Figures::schoolId, Function.identity()));
    assertEquals(3, whole.size());
    whole.forEach((school, figures) -> assertEquals(figures, bySchool.figures().get(school)));
  }

  @Test
  void everyHolderAtEveryLevelIsTheSame() {
    int asked = 0;
    for (CompetenceRef c : atOnce.competences()) {
      for (int level = 1; level <= Math.max(1, c.levelNames().size()); level++) {
        List<?> expected = atOnce.holders(c.id(), level);
        assertEquals(expected, bySchool.holders(c.id(), level), c.code() + " at " + level);
        asked += expected.size();
      }
    }
    assertTrue(asked > 50, "the demo has holders: " + asked);
  }

  @Test
  void peopleAndCompetencesAreNamed() {
    atOnce.workforce().people().forEach(p -> assertEquals(p, bySchool.person(p.id())));
    assertEquals(atOnce.competences(), bySchool.competences());
  }
}
