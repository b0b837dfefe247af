package org.sendcpd.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The large-school check ({@code -Dbench.size=bigschool}, README, Performance): one school of
 * 10,000 staff, the most a staff CSV import allows, on a server with the benchmark's heap (-Xmx1g).
 * Not a timed test: it makes the training-gap PDF through the API while another user keeps asking
 * for pages of gaps, and tells the time, the size, the peak heap and whether the server ran out of
 * memory; a second large report asked meanwhile must be told busy (503).
 */
final class BigSchoolCheck {

  private BigSchoolCheck() {}

  static void run(
      Path project,
      Path data,
      int port,
      String javaOpts,
      String date,
      BenchDatabase database,
      Results results)
      throws Exception {
    Api api = new Api(port);
    String gaps = "/api/analysis/gaps?schoolId=1&date=" + date;
    String pdf = "/api/reports/training-gap.pdf?schoolId=1&date=" + date;
    try (ServerProcess server =
        ServerProcess.start(project, data, port, javaOpts, "1", database.serverEnvironment())) {
      results.add("cold start to a served login page", Results.ms(server.startMillis), "");
      Api.Answer first = ok(api.get(gaps, "senco1"));
      results.add(
          "gaps, first page of 50 people, first ask (loads and analyses the school)",
          Results.ms(first.millis()) + ", " + kb(first.bytes()),
          "");
      Api.Answer warm = ok(api.get(gaps + "&page=100", "senco1"));
      results.add(
          "gaps, page 100 of 50 people, analysis kept",
          Results.ms(warm.millis()) + ", " + kb(warm.bytes()),
          "");
      Api.Answer whole = ok(api.get(gaps + "&all=true", "senco1"));
      results.add(
          "gaps, all=true streamed (" + whole.header("X-Total-Count") + " people)",
          Results.ms(whole.millis()) + ", " + kb(whole.bytes()),
          "");

      List<Double> probes = new ArrayList<>();
      AtomicBoolean rendering = new AtomicBoolean(true);
      CompletableFuture<Void> probe =
          CompletableFuture.runAsync(() -> probe(api, gaps + "&page=7", rendering, probes));
      CompletableFuture<Api.Answer> report =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return api.get(pdf, "senco1");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException(e);
                } finally {
                  rendering.set(false);
                }
              });
      Thread.sleep(3_000);
      Api.Answer second = api.get(pdf, "trust.lead");
      Api.Answer made = report.get();
      probe.get();
      results.add(
          "training-gap PDF of the 10,000-staff school (API, virtualized, spooled)",
          made.status() == 200
              ? Results.ms(made.millis()) + ", " + kb(made.bytes())
              : "answered " + made.status(),
          "no OutOfMemoryError");
      results.add(
          "a second large report asked meanwhile",
          second.status() + " Retry-After " + second.header("Retry-After"),
          "503");
      results.add(
          "another user's gaps page during the render: median / max of " + probes.size(),
          Results.ms(Measure.median(probes.stream().mapToDouble(d -> d).toArray()))
              + " / "
              + Results.ms(probes.stream().mapToDouble(d -> d).max().orElse(Double.NaN)),
          "");
      results.add(
          "server heap: peak in use (GC log) / live after a full collection (jcmd GC.run) ("
              + javaOpts
              + ")",
          server.peakInUseMb() + " MB / " + server.liveAfterFullGcMb() + " MB",
          "< 1 GB");
      results.add("OutOfMemoryError in the server log", outOfMemory(data) ? "yes" : "no", "no");
    }
    results.print(
        String.format(
            Locale.ROOT, "Large-school check: 1 school of 10,000 staff, server %s", javaOpts),
        data.resolve("results.md"));
  }

  private static void probe(Api api, String path, AtomicBoolean rendering, List<Double> millis) {
    try {
      while (rendering.get()) {
        Api.Answer a = api.get(path, "senco1");
        synchronized (millis) {
          millis.add(a.status() == 200 ? a.millis() : Double.NaN);
        }
        Thread.sleep(500);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Api.Answer ok(Api.Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException("answered " + answer.status());
    }
    return answer;
  }

  private static String kb(long bytes) {
    return String.format(Locale.ROOT, "%,d KB", bytes / 1024);
  }

  private static boolean outOfMemory(Path data) throws IOException {
    Path log = data.resolve("server-1.log");
    return Files.exists(log) && Files.readString(log).contains("OutOfMemoryError");
  }
}
