package org.sendcpd.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttling rule, driven by a clock the test moves. */
class SignInThrottleTest {

  static final ThrottleLimits ACCOUNT =
      new ThrottleLimits(
          3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(30));

  Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  final SignInThrottle throttle = new SignInThrottle("account:sam", clock.instant());

  void wait(Duration d) {
    clock = Clock.offset(clock, d);
  }

  boolean fail() {
    return throttle.fail(clock.instant(), ACCOUNT);
  }

  boolean refuses() {
    return throttle.refuses(clock.instant(), ACCOUNT);
  }

  @Test
  void theFirstFailuresCostNothing() {
    fail();
    fail();
    assertFalse(refuses());
    fail();
    assertTrue(refuses(), "the third failure starts the delay");
    wait(Duration.ofSeconds(1));
    assertFalse(refuses(), "one second after the third");
  }

  @Test
  void theDelayDoublesUpToItsCeiling() {
    assertEquals(Duration.ZERO, ACCOUNT.delayAfter(2));
    assertEquals(Duration.ofSeconds(1), ACCOUNT.delayAfter(3));
    assertEquals(Duration.ofSeconds(2), ACCOUNT.delayAfter(4));
    assertEquals(Duration.ofSeconds(16), ACCOUNT.delayAfter(7));
    assertEquals(Duration.ofSeconds(30), ACCOUNT.delayAfter(8));
    assertEquals(Duration.ofSeconds(30), ACCOUNT.delayAfter(60));
    for (int i = 0; i < 5; i++) {
      fail();
    }
    wait(Duration.ofMillis(3_999));
    assertTrue(refuses(), "four seconds after the fifth failure");
    wait(Duration.ofMillis(1));
    assertFalse(refuses());
  }

  @Test
  void theTenthFailureLocksForFifteenMinutesOnce() {
    for (int i = 1; i < 10; i++) {
      assertFalse(fail(), "failure " + i);
    }
    assertTrue(fail(), "the tenth locks");
    assertFalse(fail(), "an eleventh counts but is not a new lock");
    wait(Duration.ofMinutes(14).plusSeconds(59));
    assertTrue(refuses(), "still locked");
    assertTrue(throttle.isLocked(clock.instant()));
    wait(Duration.ofSeconds(1));
    assertFalse(refuses(), "the lock ran out");
    assertFalse(fail(), "counting starts again after a lock");
    assertEquals(1, throttle.getFailures());
  }

  @Test
  void failuresInsideTheDelayCountTowardTheLock() {
    // twenty quick attempts, as a script sends them: the lock comes at the tenth, not later
    int lockedAt = 0;
    for (int i = 1; i <= 20; i++) {
      if (fail()) {
        lockedAt = i;
      }
      wait(Duration.ofMillis(100));
    }
    assertEquals(10, lockedAt);
    assertTrue(refuses());
  }

  @Test
  void failuresSpreadBeyondTheWindowNeverLock() {
    for (int i = 0; i < 30; i++) {
      assertFalse(fail());
      wait(Duration.ofMinutes(2)); // 7 or 8 per window of 15 minutes
      if (throttle.getFailures() >= 10) {
        throw new AssertionError("counted across windows: " + throttle.getFailures());
      }
    }
  }
}
