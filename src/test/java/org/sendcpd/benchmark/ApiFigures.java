package org.sendcpd.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Locale;

/**
 * The figures measured through the running server: analysis and reports for one school (as its
 * SENCO) and for the whole set (as the trust lead), each named a first ask (a school and date
 * nobody asked before: the server works the analysis out) or a repeat (the server kept it).
 */
final class ApiFigures {

  private final Api api;
  private final Size size;
  private final String date;
  private final int runs;
  private final Results results;
  private final Model model;
  private final FreshAsks asks;

  ApiFigures(Api api, Model model, FreshAsks asks, int runs, Results results) {
    this.api = api;
    this.model = model;
    this.size = model.size;
    this.date = model.today.toString();
    this.asks = asks;
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

  /**
   * One school's gaps + capacity as its SENCO, for each school of the list in turn (the first ones
   * warm up): a FIRST ASK of a date nobody asked about that school, then a REPEAT of the same.
   * Answers the medians of the measured schools (ms): {first ask, repeat}.
   */
  double[] school(int[] schools, int warmUps) throws Exception {
    Api.Answer sample = api.get("/api/analysis/gaps?schoolId=1&date=" + date, "senco1");
    results.add(
        "one school: gaps JSON size, first page of 50 people",
        String.format(
            Locale.ROOT, "%,d bytes (%,d sent gzipped)", sample.bytes(), sample.sentBytes()),
        "");
    Api.Answer whole = api.get("/api/analysis/gaps?schoolId=1&all=true&date=" + date, "senco1");
    results.add(
        "one school: gaps JSON size, all=true (" + sample.header("X-Total-Count") + " people)",
        String.format(
            Locale.ROOT, "%,d bytes (%,d sent gzipped)", whole.bytes(), whole.sentBytes()),
        "");
    int measured = schools.length - warmUps;
    double[] gapsFirst = new double[measured];
    double[] first = new double[measured];
    double[] repeat = new double[measured];
    for (int i = 0; i < schools.length; i++) {
      int school = schools[i];
      String on = "schoolId=" + school + "&date=" + asks.dateFor(school);
      double gaps = ok(api.get("/api/analysis/gaps?" + on, "senco" + school)).millis();
      double both = gaps + ok(api.get("/api/analysis/capacity?" + on, "senco" + school)).millis();
      double again =
          ok(api.get("/api/analysis/gaps?" + on, "senco" + school)).millis()
              + ok(api.get("/api/analysis/capacity?" + on, "senco" + school)).millis();
      if (i >= warmUps) {
        gapsFirst[i - warmUps] = gaps;
        first[i - warmUps] = both;
        repeat[i - warmUps] = again;
      }
    }
    String which =
        "median of " + measured + " first asks, " + Benchmark.describe(model, schools, warmUps);
    results.add(
        "one school: gaps API alone, FIRST ASK of a (school, date) never asked (" + which + ")",
        Results.ms(Measure.median(gapsFirst)),
        "");
    results.add(
        "one school: gaps + capacity API, FIRST ASK of a (school, date) never asked",
        Results.ms(Measure.median(first)),
        "");
    results.add(
        "one school: gaps + capacity API, REPEAT of the same (school, date)",
        Results.ms(Measure.median(repeat)),
        "");
    return new double[] {Measure.median(first), Measure.median(repeat)};
  }

  /**
   * The whole set through the trust scope: FIRST ASKS of dates nobody asked, one warm-up, then a
   * REPEAT of the last; and school by school on a date of its own. Answers {first ask, repeat}.
   */
  double[] wholeSet() throws Exception {
    int measured = Math.max(3, runs / 2);
    String target =
        size.name().equals("trust") ? "< 1 s" : size.name().equals("network") ? "< 5 s" : "";
    Api.Answer probe = api.get("/api/analysis/capacity?date=" + asks.wholeSetDate(), "trust.lead");
    if (probe.status() != 200) {
      results.add("whole set: capacity API (trust lead)", "n/a (needs trust scope)", target);
      return new double[] {Double.NaN, Double.NaN};
    }
    double[] first = new double[measured];
    String last = null;
    for (int i = 0; i < measured; i++) {
      last = "/api/analysis/capacity?date=" + asks.wholeSetDate();
      first[i] = ok(api.get(last, "trust.lead")).millis();
    }
    double repeat = timed(0, measured, last, "trust.lead");
    results.add(
        "whole set: capacity API (trust lead), FIRST ASK of a date (median of " + measured + ")",
        Results.ms(Measure.median(first)),
        target);
    results.add("whole set: capacity API (trust lead), REPEAT", Results.ms(repeat), "");
    String bySchoolDate = "&date=" + asks.wholeSetDate();
    long t0 = System.nanoTime();
    for (int s = 1; s <= size.schools(); s++) {
      ok(api.get("/api/analysis/gaps?schoolId=" + s + bySchoolDate, "trust.lead"));
      ok(api.get("/api/analysis/capacity?schoolId=" + s + bySchoolDate, "trust.lead"));
    }
    double bySchool = (System.nanoTime() - t0) / 1e6;
    results.add(
        "whole set: gaps + capacity school by school ("
            + size.schools()
            + " x 2 calls, 1 pass, FIRST ASK of a new date)",
        Results.ms(bySchool),
        "");
    return new double[] {Measure.median(first), repeat};
  }

  void reports() throws Exception {
    double gapPdf =
        timed(2, runs, "/api/reports/training-gap.pdf?schoolId=1&date=" + date, "senco1");
    results.add(
        "one school: training-gap PDF, REPEAT (the analysis kept, the PDF made each time)",
        Results.ms(gapPdf),
        "< 1 s");
    double capacityPdf =
        timed(1, Math.max(3, runs / 2), "/api/reports/capacity.pdf?date=" + date, "trust.lead");
    results.add(
        "whole set: capacity PDF (trust lead), REPEAT (the analysis kept, the PDF made each time)",
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

  private static Api.Answer ok(Api.Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException("answered " + answer.status());
    }
    return answer;
  }
}
