package org.sendcpd.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the work in flight (requests, a nightly backup) and, once a stop has begun, turns new work
 * away, so the stop can wait for what has started and then close the database under nobody.
 */
@ApplicationScoped
public class RequestGate {

  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closed;

  /** True when the work may go ahead; it must then call {@link #leave()} when done. */
  public boolean enter() {
    // Counted before the look at the flag: a closer that set the flag after this sees the count.
    inFlight.incrementAndGet();
    if (closed) {
      inFlight.decrementAndGet();
      return false;
    }
    return true;
  }

  public void leave() {
    inFlight.decrementAndGet();
  }

  public boolean isOpen() {
    return !closed;
  }

  public int inFlight() {
    return inFlight.get();
  }

  /**
   * Turns new work away from now on and waits up to {@code timeout} for the work in flight to
   * finish; answers how much is still running.
   */
  public int closeAndDrain(Duration timeout) throws InterruptedException {
    closed = true;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return inFlight.get();
  }
}
