package org.sendcpd.organisation.entity;

import java.time.Duration;

/**
 * The limits refused sign-ins of one kind of subject are held to: the first {@code freeFailures}
 * cost nothing; each one after that makes the next attempt wait twice as long as the last (one
 * second first, {@code maxDelay} at most); {@code lockAfter} failures within {@code window} lock
 * the subject for {@code lockFor}.
 */
public record ThrottleLimits(
    int freeFailures, int lockAfter, Duration window, Duration lockFor, Duration maxDelay) {

  public ThrottleLimits {
    if (freeFailures < 0 || lockAfter <= freeFailures) {
      throw new IllegalArgumentException(
          "a lock must come after at least one refused sign-in, and after the free ones");
    }
  }

  /** How long after the {@code failures}-th failure the next attempt is refused unseen. */
  public Duration delayAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
