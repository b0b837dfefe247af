package org.sendcpd.benchmark;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gaps endpoint under concurrent SENCOs, each of a different school (as far as there are
 * schools), every request a first ask of a date of theirs nobody asked before; and the same with
 * traffic that changes things mixed in: people signing in on the form (a new session each time) and
 * SENCOs logging CPD for their staff, which changes their school's data.
 */
final class LoadFigures {

  private static final int ROUNDS = 3;
  private static final String READ = "read";
  private static final String SIGN_IN = "sign-in";
  private static final String WRITE = "write";

  private final Api api;
  private final String base;
  private final Model model;
  private final FreshAsks asks;
  private final Results results;

  LoadFigures(Api api, int port, Model model, FreshAsks asks, Results results) {
    this.api = api;
    this.base = "http://localhost:" + port;
    this.model = model;
    this.asks = asks;
    this.results = results;
  }

  /** Readers only: a warm-up round, then the median of three rounds. */
  void reads(int clients, int maxActs, long maxMillis) throws Exception {
    List<LoadTest.Client> readers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      readers.add(reader(schoolOf(c)));
    }
    LoadTest.run(readers, clients * 5, maxMillis); // warm-up
    Rounds rounds = rounds(readers, maxActs, maxMillis);
    results.add(
        "gaps API, "
            + clients
            + " clients ("
            + distinctSchools(clients)
            + "), each request a FIRST ASK of a new date: p50 / p95 / throughput",
        rounds.describe(READ, "req/s"),
        "p95 < 50 ms");
  }

  /**
   * Readers asking again what they asked in a warm-up: each client its own school and its own few
   * dates nobody else asked, every one asked once in the warm-up and then in turn, so each request
   * is a REPEAT of a distinct question (the target's "distinct dates after a warm-up").
   */
  void repeatedReads(int clients, int datesEach, int maxActs, long maxMillis) throws Exception {
    List<LoadTest.Client> readers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int school = schoolOf(c);
      List<LocalDate> dates = new ArrayList<>();
      for (int d = 0; d < datesEach; d++) {
        dates.add(asks.dateFor(school));
      }
      readers.add(repeater(school, dates));
    }
    LoadTest.run(readers, clients * datesEach, maxMillis); // warm-up: every question once
    Rounds rounds = rounds(readers, maxActs, maxMillis);
    results.add(
        "gaps API, "
            + clients
            + " clients ("
            + distinctSchools(clients)
            + ", "
            + datesEach
            + " dates each), each request a REPEAT of a question asked in the warm-up:"
            + " p50 / p95 / throughput",
        rounds.describe(READ, "req/s"),
        "p95 < 50 ms");
  }

  /**
   * Of every ten clients, seven read as above, one signs in on the form every two seconds (as the
   * SENCO of a school others read) and two log a CPD record every second for someone in a school
   * others read. The reads' figures are the ones the target speaks of.
   */
  void mixed(int clients, int maxActs, long maxMillis) throws Exception {
    List<LoadTest.Client> mix = new ArrayList<>();
    int signIns = Math.max(1, clients / 10);
    int writers = Math.max(1, clients / 5);
    int readers = clients - signIns - writers;
    for (int c = 0; c < readers; c++) {
      mix.add(reader(schoolOf(c)));
    }
    for (int c = 0; c < writers; c++) {
      mix.add(writer(schoolOf(c % readers)));
    }
    for (int c = 0; c < signIns; c++) {
      mix.add(signIn(schoolOf((writers + c) % readers)));
    }
    Rounds rounds = rounds(mix, maxActs, maxMillis);
    String who =
        String.format(
            Locale.ROOT,
            "%d clients: %d reading, %d logging CPD every 1 s, %d signing in every 2 s",
            clients,
            readers,
            writers,
            signIns);
    results.add(
        "mixed traffic, " + who + ": reads (FIRST ASKS) p50 / p95 / throughput",
        rounds.describe(READ, "req/s"),
        "p95 < 50 ms");
    results.add(
        "mixed traffic: sign-ins on the form (new session, lands on the dashboard) p50 / p95",
        rounds.describe(SIGN_IN, "per s"),
        "");
    results.add(
        "mixed traffic: CPD logged through the API p50 / p95", rounds.describe(WRITE, "per s"), "");
  }

  private Rounds rounds(List<LoadTest.Client> clients, int maxActs, long maxMillis)
      throws InterruptedException {
    Rounds rounds = new Rounds();
    for (int r = 0; r < ROUNDS; r++) {
      rounds.add(LoadTest.run(clients, maxActs, maxMillis));
    }
    return rounds;
  }

  private int schoolOf(int client) {
    return asks.schoolOfClient(client);
  }

  private String distinctSchools(int clients) {
    int schools = asks.distinctSchools(clients);
    return schools == 1 ? "1 school" : schools + " schools";
  }

  private LoadTest.Client reader(int school) {
    return new LoadTest.Client() {
      @Override
      public LoadTest.Act act() throws Exception {
        Api.Answer a =
            api.get(
                "/api/analysis/gaps?schoolId=" + school + "&date=" + asks.dateFor(school),
                "senco" + school);
        return new LoadTest.Act(READ, 200, a.status(), a.millis());
      }

      @Override
      public String kind() {
        return READ;
      }
    };
  }

  private LoadTest.Client repeater(int school, List<LocalDate> dates) {
    AtomicInteger next = new AtomicInteger();
    return new LoadTest.Client() {
      @Override
      public LoadTest.Act act() throws Exception {
        LocalDate date = dates.get(next.getAndIncrement() % dates.size());
        Api.Answer a =
            api.get("/api/analysis/gaps?schoolId=" + school + "&date=" + date, "senco" + school);
        return new LoadTest.Act(READ, 200, a.status(), a.millis());
      }

      @Override
      public String kind() {
        return READ;
      }
    };
  }

  private LoadTest.Client writer(int school) {
    long[] staff = model.inPost(school);
    AtomicInteger next = new AtomicInteger();
    return new LoadTest.Client() {
      @Override
      public LoadTest.Act act() throws Exception {
        long person = staff[next.getAndIncrement() % staff.length];
        String record =
            String.format(
                Locale.ROOT,
                "{\"staffId\": %d, \"title\": \"Benchmark: mixed traffic\", \"delivery\":"
                    + " \"IN_HOUSE\", \"completedOn\": \"%s\", \"hours\": 1.5, \"outcomes\":"
                    + " [{\"competenceCode\": \"B-CI1\", \"level\": 1}]}",
                person,
                model.today.minusDays(1));
        Api.Answer a = api.postJson("/api/cpd-records", "senco" + school, record);
        return new LoadTest.Act(WRITE, 201, a.status(), a.millis());
      }

      @Override
      public String kind() {
        return WRITE;
      }

      @Override
      public long pauseMillis() {
        return 1_000;
      }
    };
  }

  private LoadTest.Client signIn(int school) {
    return new LoadTest.Client() {
      @Override
      public LoadTest.Act act() throws Exception {
        HttpClient browser = FormSignIn.newBrowser();
        long t0 = System.nanoTime();
        String form = FormSignIn.form(browser, base, "senco" + school);
        var landed = FormSignIn.post(browser, base, form);
        double millis = (System.nanoTime() - t0) / 1e6;
        boolean signedIn =
            landed.statusCode() == 200 && landed.uri().getPath().endsWith("dashboard.xhtml");
        return new LoadTest.Act(
            SIGN_IN,
            signedIn,
            millis,
            landed.statusCode() + (signedIn ? "" : " at " + landed.uri().getPath()));
      }

      @Override
      public String kind() {
        return SIGN_IN;
      }

      @Override
      public long pauseMillis() {
        return 2_000;
      }
    };
  }

  /** The rounds of one load test: per kind of act, the medians over the rounds. */
  private static final class Rounds {
    private final List<Map<String, LoadTest.Figures>> all = new ArrayList<>();

    void add(Map<String, LoadTest.Figures> round) {
      all.add(round);
    }

    String describe(String kind, String rateUnit) {
      double[] p50 = new double[all.size()];
      double[] p95 = new double[all.size()];
      double[] rate = new double[all.size()];
      int count = 0;
      Map<String, Integer> failures = new TreeMap<>();
      for (int r = 0; r < all.size(); r++) {
        LoadTest.Figures f = all.get(r).get(kind);
        if (f == null) {
          return "none";
        }
        p50[r] = f.p50();
        p95[r] = f.p95();
        rate[r] = f.perSecond();
        count += f.count();
        f.failures().forEach((answer, n) -> failures.merge(answer, n, Integer::sum));
      }
      return String.format(
          Locale.ROOT,
          "%.0f ms / %.0f ms / %.1f %s (%,d in %d rounds%s)",
          Measure.median(p50),
          Measure.median(p95),
          Measure.median(rate),
          rateUnit,
          count,
          all.size(),
          failures.isEmpty() ? "" : ", FAILED " + failures);
    }
  }
}
