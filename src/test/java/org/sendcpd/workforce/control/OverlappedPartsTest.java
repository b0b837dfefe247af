package org.sendcpd.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.Workforce;

class OverlappedPartsTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  static final BiFunction<Long, Workforce, TrustPart> ANALYSE =
      (schoolId, workforce) -> new SchoolAnalysis(schoolId, DATE, 90, workforce).part();

  final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** A school with one person in post. */
  static Workforce schoolOf(long schoolId) {
    Person person =
        new Person(schoolId * 10, schoolId, "Person " + schoolId, "TEACHER", null, 1, null, null);
    return new Workforce(
        List.of(person),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void everySchoolHasItsOwnPartInTheOrderAsked() {
    List<Long> schools = List.of(7L, 3L, 11L, 5L, 2L);
    var parts = OverlappedParts.make(schools, OverlappedPartsTest::schoolOf, ANALYSE, pool);
    assertEquals(schools, List.copyOf(parts.keySet()));
    parts.forEach(
        (schoolId, part) -> {
          assertEquals(schoolId.longValue(), part.schoolId());
          assertEquals(schoolId * 10, part.people().get(0).id());
        });
  }

  /**
   * Loading stays on the asking thread (it holds the entity manager), and a school is loaded only
   * when every school before the one before it has been analysed: never more than two schools' rows
   * held.
   */
  @Test
  void loadsOnTheCallersThreadAndHoldsAtMostTwoSchools() {
    Thread caller = Thread.currentThread();
    List<Thread> loaders = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger loaded = new AtomicInteger();
    AtomicInteger analysed = new AtomicInteger();
    List<Integer> heldAtLoad = Collections.synchronizedList(new ArrayList<>());
    var parts =
        OverlappedParts.make(
            List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L),
            schoolId -> {
              loaders.add(Thread.currentThread());
              heldAtLoad.add(loaded.incrementAndGet() - analysed.get());
              return schoolOf(schoolId);
            },
            (schoolId, workforce) -> {
              TrustPart part = ANALYSE.apply(schoolId, workforce);
              analysed.incrementAndGet();
              return part;
            },
            pool);
    assertEquals(8, parts.size());
    assertTrue(loaders.stream().allMatch(t -> t == caller), "every school loaded by the caller");
    assertTrue(
        heldAtLoad.stream().allMatch(held -> held <= 2),
        "schools loaded and not yet analysed, at each load: " + heldAtLoad);
  }

  @Test
  void aSchoolThatCannotBeReadFailsTheTrustWithItsOwnError() {
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () ->
                OverlappedParts.make(
                    List.of(1L, 2L),
                    schoolId -> {
                      if (schoolId == 2L) {
                        throw new IllegalStateException("school 2 could not be read");
                      }
                      return schoolOf(schoolId);
                    },
                    ANALYSE,
                    pool));
    assertEquals("school 2 could not be read", failure.getMessage());
  }

  @Test
  void anAnalysisThatFailsFailsTheTrustWithItsOwnError() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OverlappedParts.make(
                    List.of(1L, 2L, 3L),
                    OverlappedPartsTest::schoolOf,
                    (schoolId, workforce) -> {
                      if (schoolId == 2L) {
                        throw new IllegalArgumentException("school 2 could not be analysed");
                      }
                      return ANALYSE.apply(schoolId, workforce);
                    },
                    pool));
    assertEquals("school 2 could not be analysed", failure.getMessage());
  }
}
