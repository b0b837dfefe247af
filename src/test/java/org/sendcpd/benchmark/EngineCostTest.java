package org.sendcpd.benchmark;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sendcpd.analysis.CapacityAnalyser;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CoverageChecker;
import org.sendcpd.analysis.Workforce;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.workforce.control.DemoAnalysis;

/**
 * The engine's cost on the benchmark's data with and without deployments, without a server: the
 * generator's rows in an in-memory database, the trust loaded as the application loads it, then
 * capacity (with capacity by group) and the coverage rules (day by day where a scope names a
 * deployed group) timed, the median of five. Run on demand: {@code mvn -B -o test
 * -Dtest=EngineCostTest -Dbench.engine=trust} (or {@code school}); the figures are printed.
 */
@EnabledIfSystemProperty(named = "bench.engine", matches = "\\w+")
class EngineCostTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);

  @Test
  void capacityAndRulesWithAndWithoutDeployments() throws Exception {
    Size size = Size.named(System.getProperty("bench.engine"));
    try (JpaTestDatabase db = JpaTestDatabase.start()) {
      try (Connection c = db.connect();
          JdbcSink sink = new JdbcSink(c)) {
        Generator.generate(size, DATE, 20261123L, sink);
      }
      Workforce deployed = db.inTransaction(em -> DemoAnalysis.loader(em).loadTrust(DATE));
      assertFalse(deployed.deployments().isEmpty());
      Workforce plain =
          new Workforce(
              deployed.people(),
              deployed.competences(),
              deployed.requirements(),
              deployed.objectiveTargets(),
              deployed.evidence(),
              deployed.courses(),
              deployed.sessions(),
              deployed.activities(),
              deployed.needs(),
              deployed.rules());
      System.out.printf(
          "engine %s: %,d people, %,d deployments, %,d evidence, %d rules%n",
          size.name(),
          deployed.people().size(),
          deployed.deployments().size(),
          deployed.evidence().size(),
          deployed.rules().size());
      report("without deployments", plain);
      report("with deployments", deployed);
    }
  }

  private static void report(String label, Workforce w) {
    long[] capacity = new long[5];
    long[] rules = new long[5];
    CapacityReport last = null;
    for (int run = 0; run < 5; run++) {
      long t0 = System.nanoTime();
      last = new CapacityAnalyser(w).capacity(DATE, 90);
      capacity[run] = (System.nanoTime() - t0) / 1_000_000;
      t0 = System.nanoTime();
      new CoverageChecker(w).check(DATE, 90);
      rules[run] = (System.nanoTime() - t0) / 1_000_000;
    }
    java.util.Arrays.sort(capacity);
    java.util.Arrays.sort(rules);
    System.out.printf(
        "engine %s: capacity %d ms (byGroup %d rows, %d gap days), rules %d ms (medians of 5)%n",
        label,
        capacity[2],
        last.byGroup().size(),
        last.byGroup().stream().mapToInt(g -> g.gapDays().size()).sum(),
        rules[2]);
  }
}
