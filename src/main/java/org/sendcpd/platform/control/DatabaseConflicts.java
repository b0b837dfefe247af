package org.sendcpd.platform.control;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads what went wrong in the database out of however many layers (JTA, EclipseLink, JDBC) wrapped
 * it, so the retry, the API and the screens tell the same three cases apart: a lock the database
 * gave up on, a record someone else changed first, and a duplicate another request saved a moment
 * earlier.
 */
public final class DatabaseConflicts {

  /**
   * Lock time-outs and deadlocks: Derby 40XL1 (time-out), 40XL2 (time-out with the lock table
   * dumped) and 40001 (deadlock); PostgreSQL 40P01 (deadlock), 40001 (serialization failure) and
   * 55P03 (lock not available).
   */
  static final Set<String> LOCK_STATES = Set.of("40XL1", "40XL2", "40001", "40P01", "55P03");

  /** A unique constraint, on Derby and PostgreSQL alike. */
  static final String DUPLICATE_STATE = "23505";

  // By name, so the platform needs no compile-time EclipseLink for this one check.
  private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
      "org.eclipse.persistence.exceptions.OptimisticLockException";

  private DatabaseConflicts() {}

  public static boolean isLockConflict(Throwable failure) {
    return any(
        failure,
        t ->
            t instanceof PessimisticLockException
                || t instanceof LockTimeoutException
                || t instanceof SQLException sql && LOCK_STATES.contains(sql.getSQLState()));
  }

  /** EclipseLink found the row's version moved on: someone else saved it first. */
  public static boolean isStaleWrite(Throwable failure) {
    return any(
        failure,
        t ->
            t instanceof OptimisticLockException
                || t.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK));
  }

  public static boolean isDuplicate(Throwable failure) {
    return any(
        failure, t -> t instanceof SQLException sql && DUPLICATE_STATE.equals(sql.getSQLState()));
  }

  /** A duplicate that slipped past the checks because another request saved it just before. */
  public static ConflictException duplicate(Throwable cause) {
    ConflictException e =
        new ConflictException(
            "The same record was saved by another request at the same moment, so this one was"
                + " not saved. Look at what is there now before trying again.");
    e.initCause(cause);
    return e;
  }

  /** Walks causes, suppressed exceptions and JDBC's chained exceptions, each once. */
  private static boolean any(Throwable failure, Predicate<Throwable> test) {
    Deque<Throwable> open = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (failure != null) {
      open.add(failure);
    }
    while (!open.isEmpty()) {
      Throwable t = open.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (test.test(t)) {
        return true;
      }
      if (t.getCause() != null) {
        open.add(t.getCause());
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        open.add(sql.getNextException());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        open.add(suppressed);
      }
    }
    return false;
  }
}
