package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A deterministic synthetic trust of 10,000 staff and 250,000 pieces of evidence: the engine must
 * finish and its answers must agree with each other. Elapsed times are printed, never asserted.
 */
class SyntheticTrustTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
  private static final int PEOPLE = 10_000;
  private static final int EVIDENCE = 250_000;
  private static final int SCHOOLS = 25;
  private static final int COMPETENCES = 40;
  private static final String[] ROLES = {
    "TEACHER", "ECT", "TA", "HLTA", "SENCO", "SLT", "HEADTEACHER", "SUPPORT"
  };
  private static final String[] AREAS = {
    "COMMUNICATION_AND_INTERACTION",
    "COGNITION_AND_LEARNING",
    "SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH",
    "SENSORY_AND_PHYSICAL",
    null
  };
  private static final String[] DELIVERY = {"IN_HOUSE", "SPECIALIST_EXTERNAL", "ONLINE"};
  private static final String[] TEAMS = {"Year 1", "Year 2", "Year 3", "EYFS", "Office"};

  @Test
  void tenThousandStaffFinishAndAgree() {
    Workforce w = synthetic(new Random(20261122L));
    assertEquals(PEOPLE, w.people().size());
    assertEquals(EVIDENCE, w.evidence().size());

    warmUpRounds(w, Integer.getInteger("bench.rounds", 0));
    long t0 = System.nanoTime();
    GapReport gaps = new GapAnalyser(w).gaps(DATE, 90);
    long t1 = System.nanoTime();
    CapacityReport capacity = new CapacityAnalyser(w).capacity(DATE, 90);
    long t2 = System.nanoTime();
    List<RuleCheck> checks = new CoverageChecker(w).check(DATE, 90);
    long t3 = System.nanoTime();
    System.out.printf(
        "Synthetic trust (%d staff, %d evidence): gaps %d ms (%d cells), capacity %d ms,"
            + " coverage %d ms, total %d ms%n",
        PEOPLE,
        EVIDENCE,
        (t1 - t0) / 1_000_000,
        gaps.cells().size(),
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000,
        (t3 - t0) / 1_000_000);

    Set<Long> inPost = new HashSet<>();
    w.people().stream().filter(p -> p.inPostOn(DATE)).forEach(p -> inPost.add(p.id()));
    assertTrue(inPost.size() > PEOPLE / 2);
    gaps.cells().forEach(c -> assertTrue(inPost.contains(c.staffId())));
    assertEquals(inPost.size(), capacity.spend().size());
    assertEquals(
        inPost.size(),
        capacity.spendByRole().stream().mapToInt(CapacityReport.RoleSpend::people).sum());
    assertEquals(w.rules().size(), checks.size());
    holdingsAgreeWithTheGapCells(gaps, capacity);
    oneCompetenceAgreesWithANaiveScan(w, capacity, inPost);
    onePersonAgreesWithTheReport(w, gaps);
  }

  /** Optional (-Dbench.rounds=n): repeats the analyses warm, printing CPU ms per stage. */
  private static void warmUpRounds(Workforce w, int rounds) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int k = 0; k < rounds; k++) {
      long a = mx.getCurrentThreadCpuTime();
      WorkforceIndex index = new WorkforceIndex(w);
      long b = mx.getCurrentThreadCpuTime();
      new GapAnalyser(index).gaps(DATE, 90);
      long c = mx.getCurrentThreadCpuTime();
      new CapacityAnalyser(index).capacity(DATE, 90);
      long d = mx.getCurrentThreadCpuTime();
      new CoverageChecker(index).check(DATE, 90);
      long e = mx.getCurrentThreadCpuTime();
      System.out.printf(
          "round %d CPU ms: index %d, gaps %d, capacity %d, coverage %d%n",
          k, (b - a) / 1_000_000, (c - b) / 1_000_000, (d - c) / 1_000_000, (e - d) / 1_000_000);
    }
  }

  private static void holdingsAgreeWithTheGapCells(GapReport gaps, CapacityReport capacity) {
    Map<String, Integer> fromCells = new HashMap<>();
    for (GapCell c : gaps.cells()) {
      for (int level = 1; level <= c.held(); level++) {
        fromCells.merge(c.competenceId() + "/" + level, 1, Integer::sum);
      }
    }
    for (CapacityReport.Holding h : capacity.holdings()) {
      assertEquals(
          fromCells.getOrDefault(h.competenceId() + "/" + h.level(), 0),
          h.holders(),
          "holders of " + h.competenceId() + " at " + h.level());
    }
  }

  private static void oneCompetenceAgreesWithANaiveScan(
      Workforce w, CapacityReport capacity, Set<Long> inPost) {
    Set<Long> holders = new HashSet<>();
    for (Evidence e : w.evidence()) {
      if (e.competenceId() == 3 && e.level() >= 2 && inPost.contains(e.staffId())) {
        if (e.status() == Evidence.Status.VERIFIED
            && !e.completedOn().isAfter(DATE)
            && (e.expiresOn() == null || e.expiresOn().isAfter(DATE))) {
          holders.add(e.staffId());
        }
      }
    }
    int reported =
        capacity.holdings().stream()
            .filter(h -> h.competenceId() == 3 && h.level() == 2)
            .findFirst()
            .orElseThrow()
            .holders();
    assertEquals(holders.size(), reported);
  }

  private static void onePersonAgreesWithTheReport(Workforce w, GapReport gaps) {
    long someone = gaps.cells().get(gaps.cells().size() / 2).staffId();
    List<GapCell> own = new GapAnalyser(w).gapsOf(someone, DATE, 90);
    assertEquals(gaps.cells().stream().filter(c -> c.staffId() == someone).toList(), own);
  }

  private static Workforce synthetic(Random r) {
    List<CompetenceRef> competences = new ArrayList<>();
    for (int c = 1; c <= COMPETENCES; c++) {
      competences.add(
          new CompetenceRef(
              c,
              "C-" + c,
              "Competence " + c,
              c <= 30 ? 1 : 2,
              "F",
              "A",
              "Area",
              AREAS[c % AREAS.length],
              WorkforceFixture.TIERS));
    }
    List<RoleRequirement> requirements = new ArrayList<>();
    for (String role : ROLES) {
      for (int c = 1; c <= COMPETENCES; c++) {
        if (r.nextInt(3) == 0) {
          requirements.add(new RoleRequirement(role, c, 1 + r.nextInt(3)));
        }
      }
    }
    List<Person> people = new ArrayList<>();
    for (int i = 1; i <= PEOPLE; i++) {
      LocalDate start = DATE.minusDays(r.nextInt(3000) - 60);
      LocalDate left = r.nextInt(10) == 0 ? DATE.minusDays(r.nextInt(400) - 120) : null;
      people.add(
          new Person(
              i,
              1 + r.nextInt(SCHOOLS),
              "Person " + i,
              ROLES[r.nextInt(ROLES.length)],
              TEAMS[r.nextInt(TEAMS.length)],
              0.4 + r.nextInt(7) / 10.0,
              start,
              left));
    }
    List<ObjectiveTarget> objectives = new ArrayList<>();
    for (int i = 1; i <= PEOPLE / 3; i++) {
      objectives.add(
          new ObjectiveTarget(
              i, 1 + r.nextInt(PEOPLE), 1 + r.nextInt(COMPETENCES), 1 + r.nextInt(3)));
    }
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 1; i <= EVIDENCE; i++) {
      LocalDate done = DATE.minusDays(r.nextInt(1500) - 30);
      LocalDate expires = r.nextBoolean() ? null : done.plusMonths(12 + r.nextInt(36));
      Evidence.Status status =
          r.nextInt(8) == 0 ? Evidence.Status.PENDING : Evidence.Status.VERIFIED;
      evidence.add(
          new Evidence(
              i,
              1 + r.nextInt(PEOPLE),
              1 + r.nextInt(COMPETENCES),
              1 + r.nextInt(3),
              status,
              done,
              expires,
              null));
    }
    return new Workforce(
        people,
        competences,
        requirements,
        objectives,
        evidence,
        courses(r),
        sessions(r),
        activities(r),
        needs(r),
        rules(r));
  }

  private static List<CourseOffer> courses(Random r) {
    List<CourseOffer> courses = new ArrayList<>();
    for (int i = 1; i <= 80; i++) {
      courses.add(
          new CourseOffer(
              i,
              "Course " + i,
              DELIVERY[i % 3],
              1 + r.nextInt(12),
              r.nextInt(400),
              null,
              List.of(new CourseOffer.Outcome(1 + r.nextInt(COMPETENCES), 1 + r.nextInt(3)))));
    }
    return courses;
  }

  private static List<SessionOffer> sessions(Random r) {
    List<SessionOffer> sessions = new ArrayList<>();
    for (int i = 1; i <= 600; i++) {
      Set<Long> booked = new HashSet<>();
      for (int b = r.nextInt(20); b > 0; b--) {
        booked.add(1L + r.nextInt(PEOPLE));
      }
      sessions.add(
          new SessionOffer(
              i,
              1 + r.nextInt(80),
              1 + r.nextInt(SCHOOLS),
              DATE.plusDays(r.nextInt(200) - 50).atTime(9, 0),
              20,
              booked.size(),
              booked));
    }
    return sessions;
  }

  private static List<CpdActivity> activities(Random r) {
    List<CpdActivity> activities = new ArrayList<>();
    for (int i = 1; i <= 60_000; i++) {
      activities.add(
          new CpdActivity(
              i,
              1 + r.nextInt(PEOPLE),
              DELIVERY[r.nextInt(3)],
              1 + r.nextInt(6),
              r.nextInt(300),
              DATE.minusDays(r.nextInt(500))));
    }
    return activities;
  }

  private static List<PupilNeed> needs(Random r) {
    List<PupilNeed> needs = new ArrayList<>();
    for (int s = 1; s <= SCHOOLS; s++) {
      for (int a = 0; a < 4; a++) {
        needs.add(new PupilNeed(s, null, AREAS[a], r.nextInt(40), r.nextInt(8)));
      }
    }
    return needs;
  }

  private static List<CoverageRuleDef> rules(Random r) {
    List<CoverageRuleDef> rules = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      String scope =
          r.nextBoolean() ? "Whole school" : "Protocol P" + i + " (" + TEAMS[r.nextInt(5)] + ")";
      rules.add(
          new CoverageRuleDef(
              i,
              1 + r.nextInt(SCHOOLS),
              "Rule " + i,
              1 + r.nextInt(COMPETENCES),
              1 + r.nextInt(3),
              1 + r.nextInt(6),
              scope,
              null,
              null));
    }
    return rules;
  }
}
