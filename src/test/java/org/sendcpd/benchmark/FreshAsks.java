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
  private final int[] askable;
  private final AtomicIntegerArray asked;
  private final AtomicInteger nextSchool = new AtomicInteger();
  private final AtomicInteger wholeSet = new AtomicInteger();

  /**
   * @param schools how many schools there are
   * @param askable the schools whose SENCO can sign in, in order
   */
  FreshAsks(LocalDate reference, int schools, int[] askable) {
    this.reference = reference;
    this.size = schools;
    this.askable = askable.clone();
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

  /**
   * Schools whose SENCO can ask, in turn, leaving out the first school (the one whose answer sizes
   * are sampled) when there are others.
   */
  int[] schools(int count) {
    int[] others =
        size == 1 ? askable : java.util.Arrays.stream(askable).filter(s -> s != 1).toArray();
    int[] picked = new int[count];
    for (int i = 0; i < count; i++) {
      picked[i] = others[nextSchool.getAndIncrement() % others.length];
    }
    return picked;
  }

  /** The school of the n-th of several clients: each a different one while there are enough. */
  int schoolOfClient(int client) {
    return askable[client % askable.length];
  }

  /** How many different schools this many clients ask about. */
  int distinctSchools(int clients) {
    return Math.min(clients, askable.length);
  }

  /** Days before the reference date on odd turns, after it on even ones. */
  private LocalDate around(int days, int turn) {
    return turn % 2 == 1 ? reference.minusDays(days) : reference.plusDays(days);
  }
}
