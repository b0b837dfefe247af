package org.sendcpd.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shuts embedded Derby down, so the database folder is closed cleanly and the next start needs no
 * recovery. A stop by signal does it through {@link GracefulStop}, after the requests in flight;
 * the shutdown hook here is the fallback for any other end of the process, and undeploying does it
 * too. Does nothing on PostgreSQL or in-memory test databases.
 */
@Singleton
@Startup
public class DerbyShutdown {

  private static final AtomicBoolean DONE = new AtomicBoolean();

  @Inject
  @ConfigProperty(name = "cpd.db.url")
  String url;

  @Inject Logger log;

  private Thread hook;

  @PostConstruct
  void register() {
    if (isEmbeddedFile(url)) {
      hook = new Thread(DerbyShutdown::shutDownEngine, "derby-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  @PreDestroy
  void undeployed() {
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        return; // the hook runs by itself
      }
      shutDownEngine();
      log.info("Derby shut down with the application");
    }
  }

  /** A Derby database in a folder, which needs shutting down; not PostgreSQL, not in memory. */
  public static boolean isEmbeddedFile(String url) {
    return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby:memory:");
  }

  /**
   * Shuts the engine down in its own thread and waits at most {@code limit}; answers whether it
   * finished. A shutdown that takes longer goes on while the process ends: Derby's log then makes
   * the database consistent at the next start.
   */
  public static boolean shutDownEngine(Duration limit) throws InterruptedException {
    Thread shutdown = new Thread(DerbyShutdown::shutDownEngine, "derby-shutdown-bounded");
    shutdown.setDaemon(true);
    shutdown.start();
    shutdown.join(Math.max(1, limit.toMillis()));
    return !shutdown.isAlive();
  }

  /** Shuts the whole engine down once; later calls do nothing. */
  static void shutDownEngine() {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    JdbcUrlDataSource engine = new JdbcUrlDataSource();
    engine.setUrl("jdbc:derby:;shutdown=true");
    try {
      engine.getConnection().close();
    } catch (SQLException e) {
      // Derby answers a clean shutdown of the whole engine with SQLState XJ015.
      if (!"XJ015".equals(e.getSQLState())) {
        System.err.println("Derby did not shut down cleanly: " + e.getMessage());
      }
    }
  }
}
