package org.sendcpd.benchmark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Each school's plans: a term of training sessions (past ones delivered, coming ones planned or
 * confirmed, with bookings), an open appraisal cycle with objectives aimed at competences and the
 * school's priorities, a pupil-need profile and coverage rules.
 */
final class PlanRows {

  static final int SESSIONS_PER_SCHOOL = 12;
  private static final String[] NEEDS = {
    "COMMUNICATION_AND_INTERACTION",
    "COGNITION_AND_LEARNING",
    "SOCIAL_EMOTIONAL_MENTAL_HEALTH",
    "SENSORY_AND_PHYSICAL"
  };

  private final Model m;
  private final RowSink sink;
  private final SplittableRandom random;
  private long session;
  private long booking;
  private long appraisal;
  private long objective;

  private PlanRows(Model m, RowSink sink) {
    this.m = m;
    this.sink = sink;
    this.random = new SplittableRandom(m.seed + 3);
  }

  static void generate(Model m, RowSink sink) {
    PlanRows plans = new PlanRows(m, sink);
    for (int s = 1; s <= m.size.schools(); s++) {
      plans.sessions(s);
    }
    for (int s = 1; s <= m.size.schools(); s++) {
      plans.appraisals(s);
    }
    for (int s = 1; s <= m.size.schools(); s++) {
      plans.needsAndRules(s);
    }
  }

  private void sessions(int school) {
    int first = m.firstStaff[school - 1];
    int staff = m.staffCount[school - 1];
    for (int n = 0; n < SESSIONS_PER_SCHOOL; n++) {
      boolean past = n < SESSIONS_PER_SCHOOL / 2;
      Model.CourseDef course = m.courseFor(school, random.nextDouble(), random.nextInt(1000));
      LocalDateTime starts =
          m.today
              .plusDays(past ? -1 - random.nextInt(120) : 1 + random.nextInt(120))
              .atTime(15 + random.nextInt(2), 30);
      int capacity = 12 + random.nextInt(19);
      String status = past ? "DELIVERED" : random.nextBoolean() ? "PLANNED" : "CONFIRMED";
      sink.row(
          Table.TRAINING_SESSION,
          ++session,
          course.id(),
          (long) school,
          starts,
          starts.plusHours(2),
          "Main hall",
          capacity,
          status,
          0);
      int booked = Math.min(staff, capacity / 3 + random.nextInt(capacity));
      int offset = random.nextInt(staff);
      for (int b = 0; b < booked; b++) {
        double draw = random.nextDouble();
        String state =
            past
                ? (draw < 0.85 ? "ATTENDED" : "ABSENT")
                : (draw < 0.8 ? "BOOKED" : draw < 0.9 ? "WAITING" : "CANCELLED");
        sink.row(
            Table.BOOKING,
            ++booking,
            session,
            (long) first + 1 + (offset + b) % staff,
            state,
            starts.minusDays(14 + random.nextInt(30)));
      }
    }
  }

  private void appraisals(int school) {
    int year = m.today.getMonthValue() >= 9 ? m.today.getYear() : m.today.getYear() - 1;
    String label = year + "-" + String.format("%02d", (year + 1) % 100);
    long priorityBase = (school - 1L) * 3;
    for (int p = 1; p <= 3; p++) {
      sink.row(
          Table.SCHOOL_PRIORITY,
          priorityBase + p,
          (long) school,
          label,
          "Priority " + p + " for " + label,
          NEEDS[random.nextInt(NEEDS.length)],
          "IN_PROGRESS");
    }
    sink.row(
        Table.APPRAISAL_CYCLE,
        (long) school,
        (long) school,
        label,
        LocalDate.of(year, 9, 1),
        LocalDate.of(year + 1, 7, 31),
        "OPEN");
    long head = m.headOf(school);
    int first = m.firstStaff[school - 1];
    for (int n = 1; n < m.staffCount[school - 1]; n++) {
      long staff = first + n + 1L;
      sink.row(Table.APPRAISAL, ++appraisal, (long) school, staff, head);
      int objectives = 1 + random.nextInt(2);
      for (int o = 0; o < objectives; o++) {
        sink.row(
            Table.OBJECTIVE,
            ++objective,
            appraisal,
            "Develop practice in area " + (o + 1),
            priorityBase + 1 + random.nextInt(3),
            "OPEN");
        sink.row(
            Table.OBJECTIVE_TARGET,
            objective,
            objective,
            1L + random.nextInt(Model.COMPETENCES),
            1 + random.nextInt(Model.LEVELS));
      }
    }
  }

  private void needsAndRules(int school) {
    sink.row(Table.NEED_PROFILE, (long) school, (long) school, "Whole school", m.today);
    for (int a = 0; a < NEEDS.length; a++) {
      int pupils = random.nextInt(60);
      sink.row(
          Table.NEED_COUNT,
          (school - 1L) * NEEDS.length + a + 1,
          (long) school,
          NEEDS[a],
          pupils,
          random.nextInt(pupils / 4 + 1));
    }
    // a Year 2 profile: capacity by group counts the adults deployed there day by day
    long profile = (long) m.size.schools() + school;
    sink.row(Table.NEED_PROFILE, profile, (long) school, "Year 2", m.today);
    for (int a = 0; a < NEEDS.length; a++) {
      sink.row(
          Table.NEED_COUNT,
          (long) m.size.schools() * NEEDS.length + (school - 1L) * NEEDS.length + a + 1,
          profile,
          NEEDS[a],
          random.nextInt(6),
          0);
    }
    for (int r = 1; r <= 4; r++) {
      sink.row(
          Table.COVERAGE_RULE,
          (school - 1L) * 4 + r,
          (long) school,
          "Cover rule " + r,
          1L + random.nextInt(Model.COMPETENCES),
          1 + random.nextInt(Model.LEVELS),
          1 + random.nextInt(4),
          r == 1 ? "EYFS" : r == 2 ? "Year 2" : "Whole school",
          true);
    }
  }
}
