package org.sendcpd.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;
import org.sendcpd.testing.JpaTestDatabase;

/** A school's analysis is worked out once per date and again only after a write commits. */
class AnalysisCacheTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  static JpaTestDatabase db;

  final AtomicInteger worked = new AtomicInteger();
  final AnalysisCache cache = new AnalysisCache();

  @BeforeAll
  static void start() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  Supplier<SchoolAnalysis> work(long schoolId, LocalDate date) {
    return () -> {
      worked.incrementAndGet();
      return EmptyAnalysis.of(schoolId, date);
    };
  }

  @Test
  void theSameSchoolAndDateAreWorkedOutOnceUntilAWriteCommits() {
    cache.size = 4;
    SchoolAnalysis first = cache.school(1, DAY, work(1, DAY));
    assertSame(first, cache.school(1, DAY, work(1, DAY)));
    cache.school(1, DAY.minusDays(1), work(1, DAY.minusDays(1)));
    cache.school(2, DAY, work(2, DAY));
    assertEquals(3, worked.get());

    EntityManager em = db.emf().createEntityManager();
    em.getTransaction().begin();
    em.persist(new School("Cache Primary", "124001", SchoolPhase.PRIMARY));
    em.getTransaction().commit();
    em.close();

    assertNotSame(first, cache.school(1, DAY, work(1, DAY)));
    assertEquals(4, worked.get());
  }

  @Test
  void theLeastRecentlyUsedGoFirstAndSizeZeroKeepsNothing() {
    cache.size = 2;
    cache.school(1, DAY, work(1, DAY));
    cache.school(2, DAY, work(2, DAY));
    cache.school(1, DAY, work(1, DAY));
    cache.school(3, DAY, work(3, DAY));
    cache.school(1, DAY, work(1, DAY));
    assertEquals(3, worked.get(), "school 1 stayed, school 2 went");
    cache.school(2, DAY, work(2, DAY));
    assertEquals(4, worked.get());

    cache.size = 0;
    cache.school(1, DAY, work(1, DAY));
    cache.school(1, DAY, work(1, DAY));
    assertEquals(6, worked.get());
  }

  @Test
  void requestsAskingWhileTheSchoolIsWorkedOutWaitForThatOneWork() throws Exception {
    cache.size = 4;
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<SchoolAnalysis> slow =
        () -> {
          worked.incrementAndGet();
          started.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return EmptyAnalysis.of(7, DAY);
        };
    CompletableFuture<SchoolAnalysis> first =
        CompletableFuture.supplyAsync(() -> cache.school(7, DAY, slow));
    assertTrue(started.await(5, TimeUnit.SECONDS));
    List<CompletableFuture<SchoolAnalysis>> others = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      others.add(CompletableFuture.supplyAsync(() -> cache.school(7, DAY, work(7, DAY))));
    }
    Thread.sleep(200);
    release.countDown();
    SchoolAnalysis analysis = first.get(5, TimeUnit.SECONDS);
    for (CompletableFuture<SchoolAnalysis> other : others) {
      assertSame(analysis, other.get(5, TimeUnit.SECONDS));
    }
    assertEquals(1, worked.get(), "worked out once for four requests");
  }

  @Test
  void aFailedWorkFailsThoseWaitingAndIsTriedAfresh() {
    cache.size = 4;
    assertThrows(
        IllegalStateException.class,
        () ->
            cache.school(
                8,
                DAY,
                () -> {
                  throw new IllegalStateException("database gone");
                }));
    assertEquals(8, cache.school(8, DAY, work(8, DAY)).schoolId());
  }
}
