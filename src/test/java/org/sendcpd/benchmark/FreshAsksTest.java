package org.sendcpd.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A first ask must really be one: no (school, date) is handed out twice, whoever asks. */
class FreshAsksTest {

  static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

  @Test
  void aSchoolNeverGetsTheSameDateTwiceAndNeverOneOfTheWholeSets() {
    FreshAsks asks = new FreshAsks(REFERENCE, 3, new int[] {1, 2, 3});
    Set<LocalDate> schoolDates = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      assertTrue(schoolDates.add(asks.dateFor(2)), "asked twice on turn " + i);
    }
    Set<LocalDate> wholeSetDates = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      wholeSetDates.add(asks.wholeSetDate());
    }
    assertEquals(500, wholeSetDates.size());
    assertTrue(wholeSetDates.contains(REFERENCE));
    assertFalse(schoolDates.stream().anyMatch(wholeSetDates::contains));
  }

  @Test
  void clientsOfTheSameSchoolAskDifferentDatesEvenAtOnce() throws Exception {
    FreshAsks asks = new FreshAsks(REFERENCE, 1, new int[] {1});
    Set<LocalDate> dates = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; i < 250; i++) {
                  dates.add(asks.dateFor(1));
                }
              });
      clients.add(t);
      t.start();
    }
    for (Thread t : clients) {
      t.join();
    }
    assertEquals(2_000, dates.size());
  }

  @Test
  void schoolsWhoseSencoLeftAreNeverAskedAndTheSampledSchoolIsLeftOut() {
    FreshAsks asks = new FreshAsks(REFERENCE, 5, new int[] {1, 2, 4, 5});
    int[] picked = asks.schools(6);
    assertEquals(List.of(2, 4, 5, 2, 4, 5), java.util.Arrays.stream(picked).boxed().toList());
    assertEquals(4, asks.schoolOfClient(2));
    assertEquals(1, asks.schoolOfClient(4));
    assertEquals(4, asks.distinctSchools(20));
  }

  @Test
  void theFloorAsksOneSchoolByParameterAndTheWholeSetWithoutCondition() {
    List<Object> parameters = new ArrayList<>();
    String one =
        FloorScan.bind(
            "SELECT 1 FROM t WHERE ({t.school_id} OR x) AND t.starts_at >= :from"
                + " AND {s.school_id}",
            7L,
            REFERENCE,
            parameters);
    assertEquals(
        "SELECT 1 FROM t WHERE (t.school_id = ? OR x) AND t.starts_at >= ? AND s.school_id = ?",
        one);
    assertEquals(List.of(7L, java.sql.Timestamp.valueOf(REFERENCE.atStartOfDay()), 7L), parameters);
    List<Object> none = new ArrayList<>();
    assertEquals(
        "SELECT 1 FROM t WHERE s.school_id IS NOT NULL",
        FloorScan.bind("SELECT 1 FROM t WHERE {s.school_id}", null, REFERENCE, none));
    assertTrue(none.isEmpty());
  }
}
