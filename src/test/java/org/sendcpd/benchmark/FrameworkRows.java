package org.sendcpd.benchmark;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.sendcpd.benchmark.JobRoleMix.Role;

/**
 * One active framework of three levels, eight areas (the four broad areas of need and four
 * cross-cutting ones) of five competences each, what every job role must hold, and a course
 * catalogue: trust-wide courses and two of each school's own, some of them certified and expiring.
 */
final class FrameworkRows {

  private static final String[] LEVELS = {"Universal", "Enhanced", "Specialist"};
  private static final String[][] AREAS = {
    {"CI", "Communication and interaction", "COMMUNICATION_AND_INTERACTION"},
    {"CL", "Cognition and learning", "COGNITION_AND_LEARNING"},
    {"SEMH", "Social, emotional and mental health", "SOCIAL_EMOTIONAL_MENTAL_HEALTH"},
    {"SP", "Sensory and physical", "SENSORY_AND_PHYSICAL"},
    {"GA", "Graduated approach", null},
    {"FAM", "Working with families", null},
    {"AGY", "Working with outside agencies", null},
    {"STAT", "Statutory process", null}
  };
  private static final String[] DELIVERY = {"IN_HOUSE", "SPECIALIST_EXTERNAL", "ONLINE"};
  private static final Integer[] VALIDITY = {12, 24, 36};
  static final int SHARED_COURSES = 60;

  private FrameworkRows() {}

  static void generate(Model m, RowSink sink) {
    SplittableRandom random = new SplittableRandom(m.seed + 1);
    sink.row(
        Table.SKILLS_FRAMEWORK,
        1L,
        "Benchmark SEND framework",
        "1.0",
        "generated",
        "Generated for the benchmark",
        true);
    for (int l = 0; l < LEVELS.length; l++) {
      sink.row(Table.FRAMEWORK_LEVEL, l + 1L, 1L, l + 1, LEVELS[l]);
    }
    long competence = 0;
    for (int a = 0; a < AREAS.length; a++) {
      sink.row(Table.AREA, a + 1L, 1L, AREAS[a][0], AREAS[a][1], a + 1, AREAS[a][2]);
      for (int c = 1; c <= Model.COMPETENCES / AREAS.length; c++) {
        competence++;
        sink.row(
            Table.COMPETENCE,
            competence,
            a + 1L,
            "B-" + AREAS[a][0] + c,
            "Benchmark competence " + c + " in " + AREAS[a][1].toLowerCase(),
            c);
      }
    }
    long requirement = 0;
    for (Role role : Role.values()) {
      for (long c = 1; c <= Model.COMPETENCES; c++) {
        int level = JobRoleMix.requiredLevel(role, random);
        if (level > 0) {
          sink.row(Table.ROLE_REQUIREMENT, ++requirement, 1L, role.name(), c, level);
        }
      }
    }
    courses(m, random, sink);
  }

  private static void courses(Model m, SplittableRandom random, RowSink sink) {
    m.sharedCourses = SHARED_COURSES;
    long outcome = 0;
    int total = SHARED_COURSES + 2 * m.size.schools();
    for (int i = 0; i < total; i++) {
      long school = i < SHARED_COURSES ? 0 : 1 + (i - SHARED_COURSES) / 2;
      int outcomes = 1 + random.nextInt(3);
      int[] competences = new int[outcomes];
      int[] levels = new int[outcomes];
      int start = 1 + random.nextInt(Model.COMPETENCES);
      int step = 1 + random.nextInt(7);
      for (int o = 0; o < outcomes; o++) {
        competences[o] = 1 + (start - 1 + o * step) % Model.COMPETENCES;
        levels[o] = 1 + random.nextInt(Model.LEVELS);
      }
      Model.CourseDef course =
          new Model.CourseDef(
              i + 1L,
              school,
              (school == 0 ? "Trust course " : "School " + school + " course ") + (i + 1),
              DELIVERY[random.nextInt(DELIVERY.length)],
              1.5 + random.nextInt(12) * 1.5,
              random.nextInt(10) * 45.0,
              random.nextDouble() < 0.25 ? VALIDITY[random.nextInt(VALIDITY.length)] : null,
              competences,
              levels);
      m.courses.add(course);
      sink.row(
          Table.COURSE,
          course.id(),
          school == 0 ? null : school,
          course.title(),
          course.delivery(),
          "Benchmark provider",
          BigDecimal.valueOf(course.hours()).setScale(2),
          BigDecimal.valueOf(course.cost()).setScale(2),
          course.validityMonths(),
          true);
      for (int o = 0; o < outcomes; o++) {
        sink.row(Table.COURSE_OUTCOME, ++outcome, course.id(), (long) competences[o], levels[o]);
      }
    }
  }
}
