package org.sendcpd.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private final MovableClock clock = new MovableClock();
  private final VerifiedCredentials cache = new VerifiedCredentials(clock);
  private final VerifiedCredentials.Caller senco =
      new VerifiedCredentials.Caller("eleanor.shah", Set.of("STAFF", "SENCO"), 0);

  @Test
  void answersTheSameUsernameAndPasswordWithTheRememberedCaller() {
    cache.remember("eleanor.shah", "right-password", senco);

    assertEquals(senco, cache.find("eleanor.shah", "right-password").orElseThrow());
    assertEquals(senco, cache.find(" Eleanor.Shah ", "right-password").orElseThrow());
  }

  @Test
  void anotherPasswordOrUsernameIsNeverAnsweredFromTheCache() {
    cache.remember("eleanor.shah", "right-password", senco);

    assertTrue(cache.find("eleanor.shah", "wrong-password").isEmpty());
    assertTrue(cache.find("eleanor.shah", "Right-password").isEmpty());
    assertTrue(cache.find("rachel.okonkwo", "right-password").isEmpty());
  }

  @Test
  void entriesExpireAfterTheirTimeToLive() {
    cache.remember("eleanor.shah", "right-password", senco);

    clock.advance(VerifiedCredentials.TTL.minusSeconds(1));
    assertTrue(cache.find("eleanor.shah", "right-password").isPresent());
    clock.advance(Duration.ofSeconds(1));
    assertTrue(cache.find("eleanor.shah", "right-password").isEmpty());
    assertEquals(0, cache.size());
  }

  @Test
  void forgettingAnAccountEndsItsEntry() {
    cache.remember("eleanor.shah", "right-password", senco);

    cache.forget("ELEANOR.SHAH");

    assertTrue(cache.find("eleanor.shah", "right-password").isEmpty());
  }

  @Test
  void neverGrowsPastItsBound() {
    for (int i = 0; i < VerifiedCredentials.MAX_ENTRIES + 50; i++) {
      cache.remember("user" + i, "password", senco);
    }

    assertTrue(cache.size() <= VerifiedCredentials.MAX_ENTRIES);
    assertTrue(cache.find("user" + (VerifiedCredentials.MAX_ENTRIES + 49), "password").isPresent());
  }

  @Test
  void keepsNoPlainPassword() throws IllegalAccessException {
    cache.remember("eleanor.shah", "right-password", senco);

    for (var field : VerifiedCredentials.class.getDeclaredFields()) {
      field.setAccessible(true);
      Object value = field.get(cache);
      assertFalse(String.valueOf(value).contains("right-password"), field.getName());
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-23T04:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
