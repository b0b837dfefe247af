package org.sendcpd.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients, one thread each, acting back to back (or with a pause, for those that stand
 * for occasional traffic) until the round's budget of acts or its time limit is spent: the round
 * always stops by itself. Figures come per kind of act (a read, a sign-in, a write).
 */
final class LoadTest {

  /**
   * One thing a client did: its kind, whether it was answered as it should be, how long it took,
   * and what it was answered (a status, or the exception when there was no answer).
   */
  record Act(String kind, boolean ok, double millis, String answer) {

    Act(String kind, int expected, int status, double millis) {
      this(kind, status == expected, millis, Integer.toString(status));
    }
  }

  /** What one simulated person does, again and again. */
  interface Client {
    Act act() throws Exception;

    /** The kind of act, named also when the act fails before it is answered. */
    String kind();

    /** Time between two acts of this client (ms): 0 for a client that asks back to back. */
    default long pauseMillis() {
      return 0;
    }
  }

  /**
   * Latency percentiles (ms) of one kind, how many per second, how many, and how many failed by
   * what they were answered.
   */
  record Figures(
      double p50, double p95, double perSecond, int count, Map<String, Integer> failures) {}

  private LoadTest() {}

  static Map<String, Figures> run(List<Client> clients, int maxActs, long maxMillis)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    AtomicInteger issued = new AtomicInteger();
    ConcurrentLinkedQueue<Act> acts = new ConcurrentLinkedQueue<>();
    long t0 = System.nanoTime();
    long deadline = t0 + maxMillis * 1_000_000;
    for (Client client : clients) {
      pool.submit(
          () -> {
            while (System.nanoTime() < deadline && issued.getAndIncrement() < maxActs) {
              try {
                acts.add(client.act());
              } catch (Exception e) {
                acts.add(new Act(client.kind(), false, Double.NaN, e.getClass().getSimpleName()));
              }
              pause(client.pauseMillis(), deadline);
            }
            return null;
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(maxMillis + 300_000, TimeUnit.MILLISECONDS)) {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, List<Act>> byKind = new TreeMap<>();
    acts.forEach(a -> byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a));
    Map<String, Figures> figures = new TreeMap<>();
    byKind.forEach((kind, list) -> figures.put(kind, figures(list, seconds)));
    return figures;
  }

  private static Figures figures(List<Act> acts, double seconds) {
    double[] sorted = acts.stream().filter(Act::ok).mapToDouble(Act::millis).sorted().toArray();
    Map<String, Integer> failures = new TreeMap<>();
    acts.stream().filter(a -> !a.ok()).forEach(a -> failures.merge(a.answer(), 1, Integer::sum));
    return new Figures(
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        sorted.length / seconds,
        sorted.length,
        failures);
  }

  private static void pause(long millis, long deadline) throws InterruptedException {
    long until = Math.min(System.nanoTime() + millis * 1_000_000, deadline);
    long left = until - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
