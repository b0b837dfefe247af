package org.sendcpd.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the work in flight (requests, a nightly backup) and, once a stop has begun, turns new work
 * away, so the stop can wait for what has started and then close the database under nobody.
 *
 * <p>There is one per application, injected as itself rather than through a CDI proxy: while Payara
 * undeploys the application, CDI's contexts close, and a proxy could fail or hand out a new, open
 * gate to a request arriving late.
 */
public class RequestGate {

  private static final RequestGate APPLICATION = new RequestGate();

  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closed;

  RequestGate() {}

  /** The application's gate, for injection. */
  @Dependent
  static class Producer {
    @Produces
    @Dependent
    RequestGate gate() {
      return APPLICATION;
    }
  }

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
