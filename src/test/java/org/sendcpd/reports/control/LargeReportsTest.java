package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sendcpd.platform.control.ServerBusyException;

class LargeReportsTest {

  @Test
  void aReportIsLargeWhenPeopleTimesCompetencesPassTheBound() {
    assertFalse(LargeReports.isLarge(40, 60, 25_000), "the demo school");
    assertFalse(LargeReports.isLarge(230, 40, 25_000), "the benchmark's largest trust school");
    assertFalse(LargeReports.isLarge(625, 40, 25_000), "on the bound");
    assertTrue(LargeReports.isLarge(626, 40, 25_000));
    assertTrue(LargeReports.isLarge(10_000, 40, 25_000), "a school of the CSV import's size");
    assertFalse(LargeReports.isLarge(0, 40, 25_000));
  }

  @Test
  void aRequestIsToldBusyWhileAnotherLargeReportIsMade() throws Exception {
    LargeReports large = new LargeReports();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                large.now(
                    () -> {
                      started.countDown();
                      release.await();
                      return "first";
                    }));
    assertTrue(started.await(5, TimeUnit.SECONDS));
    ServerBusyException busy =
        assertThrows(ServerBusyException.class, () -> large.now(() -> "second"));
    assertEquals(60, busy.retryAfterSeconds());
    assertTrue(busy.getMessage().contains("try again in a minute"), busy.getMessage());
    release.countDown();
    assertEquals("first", first.get(5, TimeUnit.SECONDS));
    assertEquals("third", large.now(() -> "third"), "the turn is free again");
  }

  @Test
  void aJobWaitsForItsTurnAndSaysSo() throws Exception {
    LargeReports large = new LargeReports();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                large.now(
                    () -> {
                      started.countDown();
                      release.await();
                      return "first";
                    }));
    assertTrue(started.await(5, TimeUnit.SECONDS));
    List<String> steps = new ArrayList<>();
    CompletableFuture<String> job =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return large.whenFree(() -> "job", (percent, step) -> steps.add(step));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(200);
    assertFalse(job.isDone(), "the job waits");
    release.countDown();
    assertEquals("job", job.get(5, TimeUnit.SECONDS));
    assertEquals("first", first.get());
    assertEquals(List.of("Waiting for another large report to finish"), steps);
  }

  @Test
  void aFailedReportGivesItsTurnBack() {
    LargeReports large = new LargeReports();
    assertThrows(
        IllegalStateException.class,
        () ->
            large.now(
                () -> {
                  throw new IllegalStateException("template broken");
                }));
    assertEquals("next", large.now(() -> "next"));
  }
}
