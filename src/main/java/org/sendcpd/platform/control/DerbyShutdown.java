package org.sendcpd.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shuts embedded Derby down when the application stops or the process ends (Payara Micro's own
 * shutdown does not undeploy), so the database folder is closed cleanly and the next start needs no
 * recovery. Does nothing on PostgreSQL or in-memory test databases.
 */
@Singleton
@Startup
public class DerbyShutdown {

  @Inject
  @ConfigProperty(name = "cpd.db.url")
  String url;

  @Inject Logger log;

  private Thread hook;

  @PostConstruct
  void register() {
    if (url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby:memory:")) {
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

  static void shutDownEngine() {
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
