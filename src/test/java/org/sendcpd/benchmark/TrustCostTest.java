package org.sendcpd.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.workforce.control.DemoAnalysis;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.TrustAnalysis;
import org.sendcpd.workforce.control.WorkforceLoader;

/**
 * The whole trust's capacity without a server, two ways, on the generator's rows in an in-memory
 * database: every row at once (one workforce) and school by school ({@code TrustParts}' way, each
 * school loaded, analysed and let go). Medians of five; printed. Run on demand: {@code mvn -B -o
 * test -Dtest=TrustCostTest -Dbench.engine=trust} (add {@code -Dbench.db=postgres} for PostgreSQL).
 */
@EnabledIfSystemProperty(named = "bench.engine", matches = "\\w+")
class TrustCostTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);

  /** Loading every school's rows one school after another, and nothing else. */
  private static long loadingOnly(JpaTestDatabase db) {
    return db.inTransaction(
        em -> {
          WorkforceLoader loader = DemoAnalysis.loader(em);
          long t0 = System.nanoTime();
          for (long school : loader.schoolIds()) {
            loader.load(school, DATE);
          }
          return (System.nanoTime() - t0) / 1_000_000;
        });
  }

  /**
   * In-memory Derby, or a new schema of the PostgreSQL database of {@code CPD_DB_URL} with {@code
   * -Dbench.db=postgres} (dropped afterwards).
   */
  private static JpaTestDatabase database() {
    if (!"postgres".equals(System.getProperty("bench.db"))) {
      return JpaTestDatabase.start();
    }
    return JpaTestDatabase.postgres(
        System.getenv("CPD_DB_URL"),
        System.getenv("CPD_DB_USER"),
        System.getenv("CPD_DB_PASSWORD"));
  }

  @Test
  void allRowsAtOnceAgainstSchoolBySchool() throws Exception {
    Size size = Size.named(System.getProperty("bench.engine"));
    try (JpaTestDatabase db = database()) {
      try (Connection c = db.connect();
          JdbcSink sink = new JdbcSink(c)) {
        Generator.generate(size, DATE, 20261123L, sink);
      }
      if ("postgres".equals(System.getProperty("bench.db"))) {
        // the statistics autovacuum would gather some minutes later: without them, other plans
        try (Connection c = db.connect();
            Statement sql = c.createStatement()) {
          c.setAutoCommit(true);
          sql.execute("VACUUM ANALYZE");
        }
      }
      long[] atOnce = new long[5];
      long[] bySchool = new long[5];
      int holdings = 0;
      for (int run = 0; run < 5; run++) {
        long t0 = System.nanoTime();
        SchoolAnalysis whole = DemoAnalysis.allRowsAtOnce(db, DATE, 90);
        holdings = whole.capacity().holdings().size();
        atOnce[run] = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        TrustAnalysis parts = DemoAnalysis.trust(db, DATE, 90);
        assertEquals(holdings, parts.capacity().holdings().size());
        bySchool[run] = (System.nanoTime() - t0) / 1_000_000;
      }
      long[] loading = new long[5];
      for (int run = 0; run < 5; run++) {
        loading[run] = loadingOnly(db);
      }
      Arrays.sort(loading);
      Arrays.sort(atOnce);
      Arrays.sort(bySchool);
      System.out.printf(
          "trust %s: capacity of every row at once %d ms, school by school %d ms, of which"
              + " loading the rows %d ms (medians of 5; runs %s and %s)%n",
          size.name(),
          atOnce[2],
          bySchool[2],
          loading[2],
          List.of(Arrays.toString(atOnce)),
          List.of(Arrays.toString(bySchool)));
    }
  }
}
