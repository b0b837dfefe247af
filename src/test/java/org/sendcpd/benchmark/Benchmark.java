package org.sendcpd.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;

/**
 * The benchmark command (README, Benchmark): loads a size into a fresh Derby database under
 * target/benchmark, scans the analysis' rows with plain JDBC (the floor), then starts the server on
 * that database and measures the API, the reports, the load and the cold start. Derby embedded
 * admits one JVM at a time, so the load and the floor scan run here before the server starts, on
 * the same embedded engine the server uses (a network server would measure another driver).
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Size size = Size.named(System.getProperty("bench.size", "school"));
    int port = Integer.getInteger("bench.port", 18585);
    int runs = Integer.getInteger("bench.runs", 5);
    long seed = Long.getLong("bench.seed", 20261123L);
    LocalDate date = LocalDate.parse(System.getProperty("bench.date", "2026-11-23"));
    String javaOpts = System.getProperty("bench.javaOpts", "-Xmx1g");
    Path project = Path.of("").toAbsolutePath();
    Path data = project.resolve("target/benchmark/" + size.name());
    fresh(data);
    System.setProperty("derby.stream.error.file", data.resolve("derby-load.log").toString());
    Results results = new Results();
    System.out.printf(
        "Benchmark '%s' on port %d, seed %d, date %s%n", size.name(), port, seed, date);

    EmbeddedDataSource db = new EmbeddedDataSource();
    db.setDatabaseName(data.resolve("db").toString());
    db.setCreateDatabase("create");
    db.setUser("sendcpd");
    db.setPassword("sendcpd");
    long t0 = System.nanoTime();
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    long rows;
    try (Connection connection = db.getConnection();
        JdbcSink sink = new JdbcSink(connection)) {
      Generator.generate(size, date, seed, sink);
      rows = sink.rows();
    }
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    results.add(
        String.format(
            Locale.ROOT,
            "load: %d schools, %,d staff, %,d rows (migrate + generate + insert)",
            size.schools(),
            size.staff(),
            rows),
        String.format(Locale.ROOT, "%.1f s", loadSeconds),
        "");

    double floorSchool;
    double floorAll;
    try (Connection connection = db.getConnection()) {
      long schoolRows = FloorScan.scan(connection, 1L, date);
      floorSchool = Measure.medianMillis(3, runs, () -> FloorScan.scan(connection, 1L, date));
      long allRows = FloorScan.scan(connection, null, date);
      floorAll =
          Measure.medianMillis(
              1, Math.max(3, runs / 2), () -> FloorScan.scan(connection, null, date));
      results.add(
          "floor: JDBC scan of one school's rows (" + schoolRows + " rows)",
          Results.ms(floorSchool),
          "");
      results.add(
          String.format(Locale.ROOT, "floor: JDBC scan of the whole set (%,d rows)", allRows),
          Results.ms(floorAll),
          "");
    }
    shutdown(db);
    if (size == Size.BIG_SCHOOL) {
      BigSchoolCheck.run(project, data, port, javaOpts, date.toString(), results);
      return;
    }

    double[] coldStarts = new double[3];
    Api api = new Api(port);
    ApiFigures figures = new ApiFigures(api, size, date.toString(), runs, results);
    try (ServerProcess server = ServerProcess.start(project, data, port, javaOpts, "1")) {
      coldStarts[0] = server.startMillis;
      // The screens first, while the school's analysis is not yet kept by anyone's question.
      ScreenFigures.measure(port, "senco" + size.schools(), results);
      double school = figures.school();
      results.add("one school: gaps + capacity API", Results.ms(school), "");
      results.add("one school: API / floor", Results.ratio(school, floorSchool), "");
      double[] whole = figures.wholeSet();
      double wholeApi = Double.isNaN(whole[0]) ? whole[1] : whole[0];
      results.add("whole set: API / floor", Results.ratio(wholeApi, floorAll), "< 2x (trust)");
      figures.reports();
      figures.backup();
      long[] heap = server.peakHeapMb();
      results.add(
          "server heap before the load test: peak in use / peak live after GC (" + javaOpts + ")",
          heap[0] + " MB / " + heap[1] + " MB",
          "< 512 MB (trust)");
      figures.load(20, 2_000, 30_000);
      figures.load(100, 3_000, 30_000);
      heap = server.peakHeapMb();
      results.add(
          "server heap after the load test: peak in use / peak live after GC",
          heap[0] + " MB / " + heap[1] + " MB",
          "");
    }
    for (int run = 2; run <= coldStarts.length; run++) {
      try (ServerProcess server =
          ServerProcess.start(project, data, port, javaOpts, Integer.toString(run))) {
        coldStarts[run - 1] = server.startMillis;
      } catch (IllegalStateException failed) {
        System.out.println("  cold start " + run + ": " + failed.getMessage());
        coldStarts[run - 1] = Double.NaN;
      }
    }
    results.add(
        "cold start to a served login page (median of 3)",
        Results.ms(Measure.median(coldStarts)),
        "");
    results.print(
        String.format(
            Locale.ROOT,
            "Benchmark '%s' (%d schools, %,d staff), %d measured runs per figure after warm-up",
            size.name(),
            size.schools(),
            size.staff(),
            runs),
        data.resolve("results.md"));
  }

  private static void fresh(Path data) throws IOException {
    if (Files.exists(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(data);
  }

  private static void shutdown(EmbeddedDataSource db) {
    db.setCreateDatabase(null);
    db.setShutdownDatabase("shutdown");
    try {
      db.getConnection().close();
    } catch (SQLException expected) {
      // Derby answers a clean shutdown with an exception (08006)
    }
  }
}
