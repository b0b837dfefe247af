package org.sendcpd.platform.boundary;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.sendcpd.platform.control.SqlStatements;

/**
 * Test diagnostics, off unless {@code cpd.diagnostics.sql-count=true} (the container tests set it):
 * a request that carries {@link #HEADER} has the SQL statements it caused counted, from before the
 * sign-in check to after the answer is written (so lazy loading while writing JSON counts too), and
 * {@link SqlCountServlet} answers the count (and the statements) by that id. A header would come
 * too late: the answer is on its way before the last statement runs.
 */
@WebListener
public class SqlCountDiagnostics implements ServletContextListener, ServletRequestListener {

  static final String HEADER = "X-Sql-Count-Id";
  static final String SETTING = "cpd.diagnostics.sql-count";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final int KEPT = 1_000;
  private static final Map<String, CompletableFuture<List<String>>> COUNTS =
      new ConcurrentHashMap<>();
  private static volatile boolean on;

  @PersistenceUnit EntityManagerFactory persistence;

  static boolean isOn() {
    return on;
  }

  /** The count of the request with this id, once it has ended. */
  static CompletableFuture<List<String>> count(String id) {
    return slot(id);
  }

  static void forget(String id) {
    COUNTS.remove(id);
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    on = ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
    if (on) {
      persistence
          .unwrap(JpaEntityManagerFactory.class)
          .getServerSession()
          .getEventManager()
          .addListener(new SqlStatements());
    }
  }

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (on && id(event).isPresent()) {
      SqlStatements.start();
    }
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    Optional<String> id = on ? id(event) : Optional.empty();
    if (id.isPresent()) {
      slot(id.get()).complete(SqlStatements.stop());
    }
  }

  private static Optional<String> id(ServletRequestEvent event) {
    return event.getServletRequest() instanceof HttpServletRequest http
        ? Optional.ofNullable(http.getHeader(HEADER)).filter(id -> ID.matcher(id).matches())
        : Optional.empty();
  }

  private static CompletableFuture<List<String>> slot(String id) {
    if (COUNTS.size() >= KEPT) {
      COUNTS.clear(); // counts nobody asked for: a test that stopped half-way
    }
    return COUNTS.computeIfAbsent(id, any -> new CompletableFuture<>());
  }
}
