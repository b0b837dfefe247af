package org.sendcpd.organisation.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

  static final Instant SIGNED_IN = Instant.parse("2026-11-23T08:00:00Z");

  static SessionLifetime at(Instant now, long minutes) {
    SessionLifetime lifetime = new SessionLifetime();
    lifetime.minutes = minutes;
    lifetime.clock = Clock.fixed(now, ZoneOffset.UTC);
    return lifetime;
  }

  @Test
  void aSessionLastsEightHoursByDefaultHoweverBusy() {
    assertFalse(at(SIGNED_IN.plus(Duration.ofHours(8)).minusSeconds(1), 480).isOver(SIGNED_IN));
    assertTrue(at(SIGNED_IN.plus(Duration.ofHours(8)), 480).isOver(SIGNED_IN));
  }

  @Test
  void theLifetimeIsConfigurable() {
    assertTrue(at(SIGNED_IN.plus(Duration.ofMinutes(30)), 30).isOver(SIGNED_IN));
    assertFalse(at(SIGNED_IN.plus(Duration.ofMinutes(29)), 30).isOver(SIGNED_IN));
  }

  @Test
  void aSessionThatDoesNotKnowWhenItBeganIsOver() {
    assertTrue(at(SIGNED_IN, 480).isOver(null));
  }
}
