package org.sendcpd.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Locale;

/**
 * The figures measured through the running server: analysis and reports for one school (as its
 * SENCO) and for the whole set (as the trust lead), and the gaps endpoint under load.
 */
final class ApiFigures {

  private final Api api;
  private final Size size;
  private final String date;
  private final int runs;
  private final Results results;

  ApiFigures(Api api, Size size, String date, int runs, Results results) {
    this.api = api;
    this.size = size;
    this.date = date;
    this.runs = runs;
    this.results = results;
  }

  /** Median time of a request that must answer 200; NaN when it answers otherwise. */
  double timed(int warmUps, int measured, String path, String user) throws Exception {
    Api.Answer first = api.get(path, user);
    if (first.status() != 200) {
      System.out.printf("  %s as %s answered %d: n/a%n", path, user, first.status());
      return Double.NaN;
    }
    return Measure.medianMillis(
        warmUps,
        measured,
        () -> {
          Api.Answer a = api.get(path, user);
          if (a.status() != 200) {
            throw new IllegalStateException(path + " answered " + a.status());
          }
        });
  }

  /** One school's gap + capacity analysis; answers the sum (ms). */
  double school() throws Exception {
    Api.Answer sample = api.get("/api/analysis/gaps?schoolId=1&date=" + date, "senco1");
    results.add(
        "one school: gaps JSON size, first page of 50 people",
        String.format(Locale.ROOT, "%,d bytes", sample.bytes()),
        "");
    Api.Answer whole = api.get("/api/analysis/gaps?schoolId=1&all=true&date=" + date, "senco1");
    results.add(
        "one school: gaps JSON size, all=true (" + sample.header("X-Total-Count") + " people)",
        String.format(Locale.ROOT, "%,d bytes", whole.bytes()),
        "");
    double gaps = timed(3, runs, "/api/analysis/gaps?schoolId=1&date=" + date, "senco1");
    double capacity = timed(3, runs, "/api/analysis/capacity?schoolId=1&date=" + date, "senco1");
    results.add("one school: gaps API (SENCO)", Results.ms(gaps), "");
    results.add("one school: capacity API (SENCO)", Results.ms(capacity), "");
    return gaps + capacity;
  }

  /** The whole set through the trust scope, and school by school. */
  double[] wholeSet() throws Exception {
    int measured = Math.max(3, runs / 2);
    double capacity = timed(1, measured, "/api/analysis/capacity?date=" + date, "trust.lead");
    results.add(
        "whole set: capacity API (trust lead)",
        Double.isNaN(capacity) ? "n/a (needs trust scope)" : Results.ms(capacity),
        size.name().equals("trust") ? "< 1 s" : size.name().equals("network") ? "< 5 s" : "");
    long t0 = System.nanoTime();
    for (int s = 1; s <= size.schools(); s++) {
      check(api.get("/api/analysis/gaps?schoolId=" + s + "&date=" + date, "trust.lead"));
      check(api.get("/api/analysis/capacity?schoolId=" + s + "&date=" + date, "trust.lead"));
    }
    double bySchool = (System.nanoTime() - t0) / 1e6;
    results.add(
        "whole set: gaps + capacity school by school (" + size.schools() + " x 2 calls, 1 pass)",
        Results.ms(bySchool),
        "");
    return new double[] {capacity, bySchool};
  }

  void reports() throws Exception {
    double gapPdf =
        timed(2, runs, "/api/reports/training-gap.pdf?schoolId=1&date=" + date, "senco1");
    results.add("one school: training-gap PDF", Results.ms(gapPdf), "< 1 s");
    double capacityPdf =
        timed(1, Math.max(3, runs / 2), "/api/reports/capacity.pdf?date=" + date, "trust.lead");
    results.add(
        "whole set: capacity PDF (trust lead)",
        Double.isNaN(capacityPdf) ? "n/a (needs trust scope)" : Results.ms(capacityPdf),
        size.name().equals("school") ? "" : "< 10 s");
  }

  /**
   * An administrator's online backup (database and certificates) while the server runs: the time
   * the server measured and the size of the dated folder.
   */
  void backup() throws Exception {
    JsonObject taken;
    try (JsonReader reader =
        Json.createReader(new StringReader(api.post("/api/backups", "bench.admin")))) {
      taken = reader.readObject();
    }
    results.add(
        "online backup (database and certificates, admin API)",
        String.format(
            Locale.ROOT,
            "%.1f s, %.0f MB",
            taken.getJsonNumber("tookMillis").longValue() / 1000.0,
            taken.getJsonNumber("sizeBytes").longValue() / 1e6),
        "");
  }

  /** The gaps endpoint under concurrent clients, each the SENCO of a school (round robin). */
  void load(int clients, int maxRequests, long maxMillis) throws Exception {
    int rounds = 3;
    LoadTest.run(api, clients, clients * 5, maxMillis, this::gapsOfClient); // warm-up
    double[] p50 = new double[rounds];
    double[] p95 = new double[rounds];
    double[] throughput = new double[rounds];
    int failures = 0;
    for (int r = 0; r < rounds; r++) {
      LoadTest.Round round = LoadTest.run(api, clients, maxRequests, maxMillis, this::gapsOfClient);
      p50[r] = round.p50();
      p95[r] = round.p95();
      throughput[r] = round.throughput();
      failures += round.failures();
    }
    results.add(
        "gaps API, " + clients + " clients: p50 / p95 / throughput",
        String.format(
            Locale.ROOT,
            "%.0f ms / %.0f ms / %.0f req/s%s",
            Measure.median(p50),
            Measure.median(p95),
            Measure.median(throughput),
            failures == 0 ? "" : " (" + failures + " failed)"),
        "p95 < 50 ms");
  }

  private String[] gapsOfClient(int client) {
    int school = 1 + client % size.schools();
    return new String[] {
      "/api/analysis/gaps?schoolId=" + school + "&date=" + date, "senco" + school
    };
  }

  private static void check(Api.Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException("answered " + answer.status());
    }
  }
}
