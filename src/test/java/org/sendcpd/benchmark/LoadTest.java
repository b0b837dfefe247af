package org.sendcpd.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Concurrent clients on a fixed thread pool, each sending requests back to back until the round's
 * request budget or time limit is spent: the round always stops by itself.
 */
final class LoadTest {

  /** Latency percentiles (ms), throughput (requests/s) and requests that did not answer 200. */
  record Round(double p50, double p95, double throughput, int requests, int failures) {}

  private LoadTest() {}

  /**
   * @param request what client c sends: path and username, as {path, username}
   */
  static Round run(
      Api api, int clients, int maxRequests, long maxMillis, IntFunction<String[]> request)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    double[] latencies = new double[maxRequests];
    AtomicInteger done = new AtomicInteger();
    long t0 = System.nanoTime();
    long deadline = t0 + maxMillis * 1_000_000;
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String[] what = request.apply(c);
      futures.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < deadline && issued.getAndIncrement() < maxRequests) {
                  try {
                    Api.Answer answer = api.get(what[0], what[1]);
                    if (answer.status() != 200) {
                      failures.incrementAndGet();
                    }
                    latencies[done.getAndIncrement()] = answer.millis();
                  } catch (Exception e) {
                    failures.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(maxMillis + 300_000, TimeUnit.MILLISECONDS)) {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    int n = Math.min(done.get(), maxRequests);
    double[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    return new Round(
        percentile(sorted, 0.50), percentile(sorted, 0.95), n / seconds, n, failures.get());
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
