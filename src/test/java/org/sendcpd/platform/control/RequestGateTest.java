package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestGateTest {

  @Test
  void aStopWaitsForTheWorkInFlightAndTurnsNewWorkAway() throws Exception {
    RequestGate gate = new RequestGate();
    assertTrue(gate.enter());
    CompletableFuture<Integer> stop =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return gate.closeAndDrain(Duration.ofSeconds(10));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    while (gate.isOpen()) {
      Thread.sleep(5);
    }
    assertFalse(gate.enter(), "new work is turned away once the stop began");
    assertFalse(stop.isDone(), "the stop waits for the work in flight");
    gate.leave();
    assertEquals(0, stop.get(5, TimeUnit.SECONDS));
  }

  @Test
  void aStopGivesUpWaitingAtItsLimit() throws Exception {
    RequestGate gate = new RequestGate();
    assertTrue(gate.enter());
    long began = System.nanoTime();
    assertEquals(1, gate.closeAndDrain(Duration.ofMillis(200)));
    assertTrue(System.nanoTime() - began >= 200_000_000L);
  }
}
