package org.sendcpd.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
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
}
