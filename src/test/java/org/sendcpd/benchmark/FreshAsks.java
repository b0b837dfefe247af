package org.sendcpd.benchmark;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Questions nobody has asked the server before: the server keeps a school's analyses per date until
 * the school's data changes, so a figure meant as a first ask must name a (school, date) pair not
 * asked before. Each school's dates go round the reference date (one day before, one after, three
 * before, three after, ...); the whole set's take the even numbers of days (the reference date
 * first), so a whole-set question never answers a school's first ask in advance.
 */
final class FreshAsks {

  private final LocalDate reference;
  private final int size;
  private final AtomicIntegerArray asked;
  private final AtomicInteger nextSchool = new AtomicInteger();
  private final AtomicInteger wholeSet = new AtomicInteger();

  FreshAsks(LocalDate reference, int schools) {
    this.reference = reference;
    this.size = schools;
    this.asked = new AtomicIntegerArray(schools);
  }

  /** A date of this school's not handed out before: odd numbers of days from the reference. */
  LocalDate dateFor(int school) {
    int k = asked.incrementAndGet(school - 1);
    return around(2 * ((k + 1) / 2) - 1, k);
  }

  /**
   * A date for the whole set not handed out before: the reference date first, then even numbers of
   * days from it, so no school's own first asks have been made on it.
   */
  LocalDate wholeSetDate() {
    int j = wholeSet.getAndIncrement();
    return around(2 * ((j + 1) / 2), j);
  }

  /** The schools in turn, from the second (the first is the one whose sizes are sampled). */
  int[] schools(int count) {
    int[] picked = new int[count];
    for (int i = 0; i < count; i++) {
      picked[i] = size == 1 ? 1 : 2 + nextSchool.getAndIncrement() % (size - 1);
    }
    return picked;
  }

  /** Days before the reference date on odd turns, after it on even ones. */
  private LocalDate around(int days, int turn) {
    return turn % 2 == 1 ? reference.minusDays(days) : reference.plusDays(days);
  }
}
