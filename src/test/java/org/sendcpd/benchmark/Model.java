package org.sendcpd.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What later tables of the generated data need to know about earlier ones: who works where in which
 * role, and which courses teach what. Ids are assigned here from 1 up, in insertion order.
 */
final class Model {

  static final int COMPETENCES = 40;
  static final int LEVELS = 3;
  static final String PASSWORD = "benchmark-password";

  /** A course: trust-wide when school is 0. */
  record CourseDef(
      long id,
      long school,
      String title,
      String delivery,
      double hours,
      double cost,
      Integer validityMonths,
      int[] competences,
      int[] levels) {}

  final Size size;
  final LocalDate today;
  final long seed;

  /** Per staff member (index = id - 1). */
  int[] staffSchool;

  JobRoleMix.Role[] staffRole;

  /** Per staff member: the team (class or year group) they belong to. */
  String[] staffTeam;

  /** Per staff member: true when they left before the reference date. */
  boolean[] staffLeft;

  /** Per school (index = id - 1): the first staff index and how many staff. */
  int[] firstStaff;

  int[] staffCount;

  final List<CourseDef> courses = new ArrayList<>();

  /** The trust-wide courses come first; the schools' own follow, two per school. */
  int sharedCourses;

  Model(Size size, LocalDate today, long seed) {
    this.size = size;
    this.today = today;
    this.seed = seed;
  }

  /** The id of the school's SENCO and head: the second and first person of the school. */
  long headOf(int school) {
    return firstStaff[school - 1] + 1L;
  }

  long sencoOf(int school) {
    return firstStaff[school - 1] + 2L;
  }

  /** The schools whose SENCO is in post: a leaver's account is refused, so only these can ask. */
  int[] schoolsWithSenco() {
    return java.util.stream.IntStream.rangeClosed(1, size.schools())
        .filter(s -> !staffLeft[(int) sencoOf(s) - 1])
        .toArray();
  }

  /** The ids of the school's staff in post on the reference date. */
  long[] inPost(int school) {
    int first = firstStaff[school - 1];
    return java.util.stream.IntStream.range(first, first + staffCount[school - 1])
        .filter(i -> !staffLeft[i])
        .mapToLong(i -> i + 1L)
        .toArray();
  }

  /** A course this school's staff would take: mostly trust-wide, sometimes the school's own. */
  CourseDef courseFor(int school, double draw, int pick) {
    if (draw < 0.8 || courses.size() == sharedCourses) {
      return courses.get(Math.floorMod(pick, sharedCourses));
    }
    return courses.get(sharedCourses + (school - 1) * 2 + Math.floorMod(pick, 2));
  }
}
