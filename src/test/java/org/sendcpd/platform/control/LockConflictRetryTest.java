package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The retry runs a call once more after a lock conflict, and only outside a transaction. */
class LockConflictRetryTest {

  @Test
  void aDeadlockIsRunOnceMoreAndTheSecondAnswerCounts() throws Exception {
    Calls calls = new Calls(lock("40001"), "saved");
    assertEquals("saved", retry(Status.STATUS_NO_TRANSACTION).call(calls));
    assertEquals(2, calls.count);
  }

  @Test
  void aSecondTimeOutIsBusyNotAServerError() {
    Calls calls = new Calls(lock("40XL1"), lock("55P03"));
    BusyException busy =
        assertThrows(BusyException.class, () -> retry(Status.STATUS_NO_TRANSACTION).call(calls));
    assertTrue(DatabaseConflicts.isLockConflict(busy.getCause()));
    assertEquals(2, calls.count);
  }

  @Test
  void insideACallersTransactionNothingIsRepeated() {
    PersistenceException deadlock = lock("40P01");
    Calls calls = new Calls(deadlock, "never");
    Exception thrown = assertThrows(Exception.class, () -> retry(Status.STATUS_ACTIVE).call(calls));
    assertSame(deadlock, thrown, "the outermost call retries, with a transaction of its own");
    assertEquals(1, calls.count);
  }

  @Test
  void aStaleWriteIsNamedAndNotRepeated() {
    Calls calls = new Calls(new PersistenceException(new OptimisticLockException("v2")), "never");
    StaleEditException stale =
        assertThrows(
            StaleEditException.class, () -> retry(Status.STATUS_NO_TRANSACTION).call(calls));
    assertEquals(StaleEditException.SAVED_AT_ONCE, stale.getMessage());
    assertEquals(1, calls.count);
  }

  @Test
  void theApplicationsOwnRefusalsPassUnchanged() {
    ConflictException full = new ConflictException("The session is full");
    Calls calls = new Calls(full);
    assertSame(
        full,
        assertThrows(
            ConflictException.class, () -> retry(Status.STATUS_NO_TRANSACTION).call(calls)));
  }

  @Test
  void conflictsAreFoundThroughChainedJdbcExceptions() {
    SQLException outer = new SQLException("batch failed", "XJ208");
    outer.setNextException(new SQLException("deadlock", "40P01"));
    assertTrue(DatabaseConflicts.isLockConflict(new RuntimeException(outer)));
    assertTrue(
        DatabaseConflicts.isDuplicate(new RuntimeException(new SQLException("dup", "23505"))));
    assertFalse(DatabaseConflicts.isLockConflict(new SQLException("syntax", "42X01")));
    assertFalse(DatabaseConflicts.isStaleWrite(new IllegalStateException()));
  }

  private static PersistenceException lock(String sqlState) {
    return new PersistenceException(new SQLException("lock", sqlState));
  }

  private static LockConflictRetry retry(int status) {
    LockConflictRetry retry = new LockConflictRetry();
    retry.transactions = new Registry(status);
    retry.log = Logger.getLogger(LockConflictRetryTest.class.getName());
    return retry;
  }

  /** A call that answers or throws the given outcomes in turn. */
  static final class Calls implements InvocationContext {
    final Deque<Object> outcomes = new ArrayDeque<>();
    int count;

    Calls(Object... outcomes) {
      this.outcomes.addAll(java.util.List.of(outcomes));
    }

    @Override
    public Object proceed() throws Exception {
      count++;
      Object next = outcomes.pop();
      if (next instanceof Exception e) {
        throw e;
      }
      return next;
    }

    @Override
    public Method getMethod() {
      return null;
    }

    @Override
    public Object getTarget() {
      return null;
    }

    @Override
    public Object getTimer() {
      return null;
    }

    @Override
    public Constructor<?> getConstructor() {
      return null;
    }

    @Override
    public Object[] getParameters() {
      return new Object[0];
    }

    @Override
    public void setParameters(Object[] params) {}

    @Override
    public Map<String, Object> getContextData() {
      return Map.of();
    }
  }

  record Registry(int status) implements TransactionSynchronizationRegistry {
    @Override
    public int getTransactionStatus() {
      return status;
    }

    @Override
    public Object getTransactionKey() {
      return null;
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {}

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
