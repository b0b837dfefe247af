package org.sendcpd.benchmark;

import java.util.Arrays;

/** Runs a step a few times unmeasured, then several times measured, and answers the median. */
final class Measure {

  /** A step that takes time and may fail. */
  interface Step {
    void run() throws Exception;
  }

  private Measure() {}

  static double medianMillis(int warmUps, int runs, Step step) throws Exception {
    for (int i = 0; i < warmUps; i++) {
      step.run();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      step.run();
      millis[i] = (System.nanoTime() - t0) / 1e6;
    }
    return median(millis);
  }

  static double median(double... values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
