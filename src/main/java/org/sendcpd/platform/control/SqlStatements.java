package org.sendcpd.platform.control;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts (and keeps the text of) the SQL statements EclipseLink sends to the database on the thread
 * that asked for it, so a test can see how many one request costs (and that it does not grow with
 * the rows it answers with). Registered only when the diagnostics are on ({@code
 * cpd.diagnostics.sql-count}); statements of other threads (timers, asynchronous work) and JDBC
 * outside EclipseLink are not counted.
 */
public class SqlStatements extends SessionEventAdapter {

  private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

  /** Starts counting on this thread, from none. */
  public static void start() {
    COUNTING.set(new ArrayList<>());
  }

  /** Stops counting on this thread and answers the statements it saw (none: not counting). */
  public static List<String> stop() {
    List<String> seen = COUNTING.get();
    COUNTING.remove();
    return seen == null ? List.of() : seen;
  }

  @Override
  public void preExecuteCall(SessionEvent event) {
    List<String> seen = COUNTING.get();
    if (seen != null) {
      seen.add(
          event.getCall() instanceof DatabaseCall sql
              ? sql.getSQLString()
              : String.valueOf(event.getCall()));
    }
  }
}
