package org.sendcpd.platform.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a {@link RetryLockConflicts} call again once when the database gave up on a lock. It sits
 * outside the {@code @Transactional} interceptor (which has priority PLATFORM_BEFORE + 200), so the
 * second run gets a transaction of its own; a call made inside a caller's transaction is left
 * alone, as only the outermost call can start over.
 */
@RetryLockConflicts
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockConflictRetry {

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject Logger log;

  @AroundInvoke
  public Object call(InvocationContext call) throws Exception {
    if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      return call.proceed();
    }
    try {
      return call.proceed();
    } catch (Exception first) {
      if (!DatabaseConflicts.isLockConflict(first)) {
        throw translated(first);
      }
      log.log(Level.INFO, "Lock conflict in {0}; running it once more", call.getMethod());
      pause();
      try {
        return call.proceed();
      } catch (Exception second) {
        throw translated(second);
      }
    }
  }

  static Exception translated(Exception failure) {
    if (failure instanceof ConflictException) {
      return failure;
    }
    if (DatabaseConflicts.isLockConflict(failure)) {
      return new BusyException(failure);
    }
    if (DatabaseConflicts.isStaleWrite(failure)) {
      return StaleEditException.savedAtOnce(failure);
    }
    if (DatabaseConflicts.isDuplicate(failure)) {
      return DatabaseConflicts.duplicate(failure);
    }
    return failure;
  }

  // A short random wait, so two transactions that deadlocked do not meet again in step.
  private static void pause() throws InterruptedException {
    Thread.sleep(20 + ThreadLocalRandom.current().nextInt(80));
  }
}
