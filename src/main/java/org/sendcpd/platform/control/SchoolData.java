package org.sendcpd.platform.control;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * On an entity whose rows the analysis reads for some schools only (a person's records, a school's
 * sessions): a commit that writes only such rows, and rows {@link NotReadByAnalysis}, ends the
 * analyses kept for those schools and leaves every other school's, so one school's bookings do not
 * make ninety schools work theirs out again. An entity without it counts for every school. Its
 * changes are noted by {@link DataVersion} on their unit of work, as they are made.
 */
public interface SchoolData {

  /**
   * The schools whose analyses read this row, or none when every school's may (a course or a
   * session of the trust, which every school can book).
   */
  Set<Long> readBySchools();

  /** The schools of these ids; none (every school) when one is not known yet (a new school). */
  static Set<Long> schools(Long... ids) {
    if (Arrays.stream(ids).anyMatch(Objects::isNull)) {
      return Set.of();
    }
    return Set.copyOf(Arrays.asList(ids));
  }

  /** The schools of both rows; none (every school) when either is read by every school. */
  static Set<Long> together(SchoolData one, SchoolData other) {
    Set<Long> first = one.readBySchools();
    Set<Long> second = other.readBySchools();
    if (first.isEmpty() || second.isEmpty()) {
      return Set.of();
    }
    Set<Long> both = new HashSet<>(first);
    both.addAll(second);
    return Set.copyOf(both);
  }
}
