package org.sendcpd.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A stop by SIGTERM (or Ctrl-C) in an order that keeps every answer true, within a bounded time:
 *
 * <ol>
 *   <li>new requests are answered 503 with nothing done ({@link RequestGate});
 *   <li>the requests in flight finish, for up to {@link #DRAIN};
 *   <li>embedded Derby shuts down, for up to what is left of {@link #DEADLINE} less a margin;
 *   <li>the process ends: on Derby at once, on PostgreSQL through Payara Micro's own shutdown.
 * </ol>
 *
 * Without this, the JVM runs Payara's shutdown hook and Derby's side by side: the application was
 * undeployed under requests that had committed (answered 500 or 503), and Derby's shutdown could
 * wait on pages those requests held, so the process did not end. If anything still hangs, the
 * process halts at {@link #DEADLINE}; Derby's transaction log makes the database consistent at the
 * next start. Java has no supported API to order shutdown hooks, hence the signal handler.
 */
@Singleton
@Startup
public class GracefulStop {

  /** How long requests in flight may take to finish once a stop begins. */
  static final Duration DRAIN = Duration.ofSeconds(15);

  /** When the process ends at the latest, counted from the signal. */
  static final Duration DEADLINE = Duration.ofSeconds(25);

  @Inject RequestGate gate;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "cpd.db.url")
  String url;

  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Map<Signal, SignalHandler> previous = new HashMap<>();
  private ClassLoader application;

  @PostConstruct
  void install() {
    application = Thread.currentThread().getContextClassLoader();
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal signal = new Signal(name);
        previous.put(signal, Signal.handle(signal, this::signalled));
      } catch (IllegalArgumentException | LinkageError unavailable) {
        log.warning(() -> "SIG" + name + " stops the JVM unordered: " + unavailable);
      }
    }
  }

  @PreDestroy
  void uninstall() {
    if (!stopping.get()) {
      previous.forEach(Signal::handle); // undeployed without a stop: the JVM's handling again
    }
  }

  private void signalled(Signal signal) {
    if (stopping.compareAndSet(false, true)) {
      // The JVM's handler thread has no context class loader; CDI needs the application's.
      Thread.currentThread().setContextClassLoader(application);
      stop("SIG" + signal.getName());
    }
  }

  void stop(String cause) {
    long began = System.nanoTime();
    haltAt(DEADLINE);
    log.info(() -> cause + ": stopping; new requests are answered 503");
    boolean embedded = DerbyShutdown.isEmbeddedFile(url);
    boolean clean = true;
    try {
      int left = gate.closeAndDrain(DRAIN);
      long drained = millisSince(began);
      if (left > 0) {
        log.warning(() -> left + " requests still running after " + drained + " ms; stopping");
      } else {
        log.info(() -> "Requests in flight finished in " + drained + " ms");
      }
      if (embedded) {
        clean = DerbyShutdown.shutDownEngine(DEADLINE.minusMillis(millisSince(began) + 3000));
        log.info(
            clean
                ? "Derby shut down cleanly"
                : "Derby did not shut down in time; its log recovers it at the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.info(() -> "Exiting " + millisSince(began) + " ms after " + cause);
    if (embedded) {
      // One school, no cluster: Payara's own shutdown has nothing left to do, and it would
      // undeploy the application while the port still takes requests, which then get answers the
      // application never gave (an empty 200 among them, seen in the stop test). So the process
      // ends here, removing the temporary runtime folder that Payara's shutdown would remove.
      PayaraRuntimeFolder.removeIfTemporary();
      flushLogs();
      Runtime.getRuntime().halt(clean ? 0 : 1);
    }
    // PostgreSQL, a cluster: Payara's shutdown leaves the Hazelcast cluster in good order.
    System.exit(0);
  }

  private static void flushLogs() {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.flush();
    }
    System.out.flush();
    System.err.flush();
  }

  /** A watchdog: ends the process at the deadline, whatever still waits (Payara's own shutdown). */
  private static void haltAt(Duration deadline) {
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(deadline.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              System.err.println("SEND CPD: not stopped after " + deadline + "; halting");
              Runtime.getRuntime().halt(1);
            },
            "stop-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
