package org.sendcpd.platform.control;

import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database on the thread that asked for it, so a
 * test can see how many one request costs (and that it does not grow with the rows it answers
 * with). Registered only when the diagnostics are on ({@code cpd.diagnostics.sql-count});
 * statements of other threads (timers, asynchronous work) and JDBC outside EclipseLink are not
 * counted.
 */
public class SqlStatements extends SessionEventAdapter {

  private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

  /** Starts counting on this thread, from zero. */
  public static void start() {
    COUNTING.set(new int[1]);
  }

  /** Stops counting on this thread and answers how many statements it saw (-1: not counting). */
  public static int stop() {
    int[] count = COUNTING.get();
    COUNTING.remove();
    return count == null ? -1 : count[0];
  }

  @Override
  public void preExecuteCall(SessionEvent event) {
    int[] count = COUNTING.get();
    if (count != null && event.getCall() instanceof Call) {
      count[0]++;
    }
  }
}
