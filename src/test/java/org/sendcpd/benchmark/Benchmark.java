package org.sendcpd.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The benchmark command (README, Benchmark): loads a size into a fresh database (embedded Derby
 * under target/benchmark, or the PostgreSQL of CPD_DB_URL with {@code -Dbench.db=postgres}), scans
 * the analysis' rows with plain JDBC (the floors), then starts the server on that database and
 * measures the API, the reports, the load and the cold start. Each figure says whether it is a
 * first ask (a school and date nobody asked about: the server works the analysis out) or a repeat
 * (kept). Embedded Derby admits one JVM at a time, so the load and the floor scans run here before
 * the server starts, on the same engine the server uses.
 */
public final class Benchmark {

  /** Unmeasured first asks before the measured ones (the server's code warms up on them). */
  private static final int WARM_UPS = 2;

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Size size = Size.named(System.getProperty("bench.size", "school"));
    int port = Integer.getInteger("bench.port", 18585);
    int runs = Integer.getInteger("bench.runs", 5);
    long seed = Long.getLong("bench.seed", 20261123L);
    LocalDate date = LocalDate.parse(System.getProperty("bench.date", "2026-11-23"));
    String javaOpts = System.getProperty("bench.javaOpts", "-Xmx1g");
    Path project = Path.of("").toAbsolutePath();
    String dbName = System.getProperty("bench.db", "derby");
    // a folder of each database's own: a run on one never empties the folder of a run on the other
    Path data =
        project.resolve(
            "target/benchmark/" + size.name() + (dbName.equals("derby") ? "" : "-" + dbName));
    fresh(data);
    System.setProperty("derby.stream.error.file", data.resolve("derby-load.log").toString());
    BenchDatabase database = BenchDatabase.named(dbName, data);
    String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String loadAtStart = loadAverage();
    Results results = new Results();
    System.out.printf(
        "Benchmark '%s' on port %d, seed %d, date %s, started %s, load average %s%n",
        size.name(), port, seed, date, started, loadAtStart);

    long t0 = System.nanoTime();
    DataSource db = database.migrated();
    String dbLabel = database.label();
    Model model;
    long rows;
    try (Connection connection = db.getConnection();
        JdbcSink sink = new JdbcSink(connection)) {
      model = Generator.generate(size, date, seed, sink);
      rows = sink.rows();
    }
    database.loaded(db);
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    results.add(
        String.format(
            Locale.ROOT,
            "load: %d schools, %,d staff, %,d rows (migrate + generate + insert) on %s",
            size.schools(),
            size.staff(),
            rows,
            dbLabel),
        String.format(Locale.ROOT, "%.1f s (%,.0f rows/s)", loadSeconds, rows / loadSeconds),
        size == Size.NETWORK ? "< 10 min" : "");

    FreshAsks asks = new FreshAsks(date, size.schools(), model.schoolsWithSenco());
    int[] oneSchool = asks.schools(WARM_UPS + runs);
    double[] floors = floors(db, model, oneSchool, runs, results);
    database.release();
    if (Boolean.getBoolean("bench.loadOnly")) {
      results.print(
          heading(size, dbLabel, runs, started, loadAtStart, javaOpts), resultsFile(data));
      return;
    }
    if (size == Size.BIG_SCHOOL) {
      BigSchoolCheck.run(project, data, port, javaOpts, date.toString(), database, results);
      return;
    }

    double[] coldStarts = new double[3];
    Api api = new Api(port);
    ApiFigures figures = new ApiFigures(api, model, asks, runs, results);
    LoadFigures load = new LoadFigures(api, port, model, asks, results);
    try (ServerProcess server =
        ServerProcess.start(project, data, port, javaOpts, "1", database.serverEnvironment())) {
      coldStarts[0] = server.startMillis;
      // The screens first, while the school's analysis is not yet kept by anyone's question.
      int[] withSenco = model.schoolsWithSenco();
      ScreenFigures.measure(port, "senco" + withSenco[withSenco.length - 1], results);
      double[] school = figures.school(oneSchool, WARM_UPS);
      results.add(
          "one school: FIRST ASK / floor of the same schools",
          Results.ratio(school[0], floors[0]),
          "");
      double[] whole = figures.wholeSet();
      results.add(
          "whole set: capacity API FIRST ASK / floor", Results.ratio(whole[0], floors[1]), "< 2x");
      heap(server, "after the whole-set figures", javaOpts, results);
      figures.reports();
      if (database.backedUpByTheApp()) {
        figures.backup();
      }
      load.reads(20, 2_000, 30_000);
      load.repeatedReads(20, 5, 2_000, 30_000);
      load.reads(100, 3_000, 30_000);
      load.mixed(20, 2_000, 30_000);
      heap(server, "after the load tests", javaOpts, results);
    }
    for (int run = 2; run <= coldStarts.length; run++) {
      try (ServerProcess server =
          ServerProcess.start(
              project, data, port, javaOpts, Integer.toString(run), database.serverEnvironment())) {
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
    results.print(heading(size, dbLabel, runs, started, loadAtStart, javaOpts), resultsFile(data));
  }

  private static String heading(
      Size size, String dbLabel, int runs, String started, String loadAtStart, String javaOpts) {
    return String.format(
        Locale.ROOT,
        "Benchmark '%s' (%d schools, %,d staff) on %s, %d measured runs per figure after"
            + " warm-up.%nStarted %s on %d cores (load average %s), ended %s (load average"
            + " %s); server %s.",
        size.name(),
        size.schools(),
        size.staff(),
        dbLabel,
        runs,
        started,
        Runtime.getRuntime().availableProcessors(),
        loadAtStart,
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        loadAverage(),
        javaOpts);
  }

  private static Path resultsFile(Path data) {
    return data.resolve("results.md");
  }

  /**
   * The floors: one school's rows by an indexed scan of that school alone, for each school whose
   * first asks are measured (the first school scanned a few times to warm up), and the whole set's.
   * Answers the medians (ms): {one school, whole set}.
   */
  private static double[] floors(
      DataSource db, Model model, int[] schools, int runs, Results results) throws Exception {
    try (Connection connection = db.getConnection()) {
      int warmUps = schools.length - runs;
      long[] rows = new long[runs];
      double[] millis = new double[runs];
      for (int i = 0; i < 3; i++) {
        FloorScan.scan(connection, (long) schools[0], model.today);
      }
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        rows[i] = FloorScan.scan(connection, (long) schools[warmUps + i], model.today);
        millis[i] = (System.nanoTime() - t0) / 1e6;
      }
      double school = Measure.median(millis);
      results.add(
          "floor: indexed JDBC scan of one school's rows (WHERE school = ?), median of "
              + runs
              + " scans, "
              + describe(model, schools, warmUps)
              + ", "
              + Arrays.stream(rows).min().orElse(0)
              + "-"
              + Arrays.stream(rows).max().orElse(0)
              + " rows",
          Results.ms(school),
          "");
      long allRows = FloorScan.scan(connection, null, model.today);
      double all =
          Measure.medianMillis(
              1, Math.max(3, runs / 2), () -> FloorScan.scan(connection, null, model.today));
      results.add(
          String.format(Locale.ROOT, "floor: JDBC scan of the whole set (%,d rows)", allRows),
          Results.ms(all),
          "");
      return new double[] {school, all};
    }
  }

  private static void heap(ServerProcess server, String when, String javaOpts, Results results)
      throws Exception {
    results.add(
        "server heap "
            + when
            + ": live after a full collection (jcmd GC.run, the GC log's Pause Full) / peak in"
            + " use so far (GC log) ("
            + javaOpts
            + ")",
        server.liveAfterFullGcMb() + " MB / " + server.peakInUseMb() + " MB",
        "live < 512 MB (trust)");
  }

  /** Which schools a figure asked, from the first measured one: "schools 2-6, 58-249 staff". */
  static String describe(Model model, int[] schools, int warmUps) {
    int[] measured = Arrays.copyOfRange(schools, warmUps, schools.length);
    int[] staff = Arrays.stream(measured).map(s -> model.staffCount[s - 1]).toArray();
    String which =
        Arrays.stream(measured).distinct().count() == 1
            ? "school " + measured[0]
            : "schools " + Arrays.toString(measured).replace("[", "").replace("]", "");
    return which
        + ", "
        + Arrays.stream(staff).min().orElse(0)
        + "-"
        + Arrays.stream(staff).max().orElse(0)
        + " staff";
  }

  /** The 1, 5 and 15 minute load averages of the machine (Linux), as /proc/loadavg gives them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void fresh(Path data) throws IOException {
    if (Files.exists(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(data);
  }
}
