package org.sendcpd.platform.control;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks transactional services whose writes may meet others': a transaction the database ended over
 * a lock (a time-out or a deadlock) runs once more, and what still fails reaches callers as {@link
 * BusyException} or {@link StaleEditException}, never as a persistence exception. See {@link
 * LockConflictRetry}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface RetryLockConflicts {}
