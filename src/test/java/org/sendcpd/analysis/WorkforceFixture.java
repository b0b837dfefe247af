package org.sendcpd.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds a small workforce for one test, reading like the situation it describes. */
final class WorkforceFixture {

  static final LocalDate DATE = LocalDate.of(2026, 11, 22);
  static final long SCHOOL = 1;
  static final long OTHER_SCHOOL = 2;
  static final int WINDOW = GapAnalyser.DEFAULT_WINDOW_DAYS;
  static final List<String> TIERS = List.of("Universal", "Enhanced", "Specialist");

  private final List<Person> people = new ArrayList<>();
  private final List<CompetenceRef> competences = new ArrayList<>();
  private final List<RoleRequirement> requirements = new ArrayList<>();
  private final List<ObjectiveTarget> objectives = new ArrayList<>();
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<CourseOffer> courses = new ArrayList<>();
  private final List<SessionOffer> sessions = new ArrayList<>();
  private final List<CpdActivity> activities = new ArrayList<>();
  private final List<PupilNeed> needs = new ArrayList<>();
  private final List<CoverageRuleDef> rules = new ArrayList<>();
  private final List<LedSession> led = new ArrayList<>();
  private final List<Deployment> deployments = new ArrayList<>();
  private long nextId = 1000;

  static LocalDate day(int offset) {
    return DATE.plusDays(offset);
  }

  static LocalDateTime at(int offset) {
    return DATE.plusDays(offset).atTime(15, 30);
  }

  WorkforceFixture competence(long id, String areaOfNeed) {
    return competence(id, 1, areaOfNeed);
  }

  WorkforceFixture competence(long id, long frameworkId, String areaOfNeed) {
    competences.add(
        new CompetenceRef(
            id,
            "C-" + id,
            "Competence " + id,
            frameworkId,
            "Framework " + frameworkId,
            "A" + id,
            "Area " + id,
            areaOfNeed,
            TIERS));
    return this;
  }

  WorkforceFixture person(long id, String role) {
    return person(id, SCHOOL, role, "Class 1", 1.0, null, null);
  }

  WorkforceFixture person(long id, long school, String role, String team, double fte) {
    return person(id, school, role, team, fte, null, null);
  }

  WorkforceFixture person(
      long id, long school, String role, String team, double fte, LocalDate start, LocalDate left) {
    people.add(new Person(id, school, "Person " + id, role, team, fte, start, left));
    return this;
  }

  WorkforceFixture leaver(long id, String role, LocalDate left) {
    return person(id, SCHOOL, role, "Class 1", 1.0, null, left);
  }

  WorkforceFixture starter(long id, String role, LocalDate start) {
    return person(id, SCHOOL, role, "Class 1", 1.0, start, null);
  }

  WorkforceFixture require(String role, long competence, int level) {
    requirements.add(new RoleRequirement(role, competence, level));
    return this;
  }

  /** A requirement of one school's own framework. */
  WorkforceFixture requireIn(long school, String role, long competence, int level) {
    requirements.add(new RoleRequirement(role, competence, level, school));
    return this;
  }

  WorkforceFixture objective(long staff, long competence, int level) {
    objectives.add(new ObjectiveTarget(nextId++, staff, competence, level));
    return this;
  }

  WorkforceFixture verified(long staff, long competence, int level) {
    return verified(staff, competence, level, day(-100), null);
  }

  WorkforceFixture verified(
      long staff, long competence, int level, LocalDate completed, LocalDate expires) {
    return evidence(staff, competence, level, Evidence.Status.VERIFIED, completed, expires);
  }

  WorkforceFixture pending(
      long staff, long competence, int level, LocalDate completed, LocalDate expires) {
    return evidence(staff, competence, level, Evidence.Status.PENDING, completed, expires);
  }

  /** An observation with the given id (observations are numbered apart from records). */
  WorkforceFixture observed(long id, long staff, long competence, int level, LocalDate on) {
    evidence.add(Evidence.observed(id, staff, competence, level, on));
    return this;
  }

  /** A verified record with the given id, course and expiry. */
  WorkforceFixture record(
      long id, long staff, long competence, int level, LocalDate done, LocalDate expires) {
    evidence.add(
        new Evidence(id, staff, competence, level, Evidence.Status.VERIFIED, done, expires, 1L));
    return this;
  }

  private WorkforceFixture evidence(
      long staff,
      long competence,
      int level,
      Evidence.Status status,
      LocalDate completed,
      LocalDate expires) {
    evidence.add(
        new Evidence(nextId++, staff, competence, level, status, completed, expires, null));
    return this;
  }

  WorkforceFixture course(long id, double hours, long competence, int level) {
    return course(id, "Course " + id, hours, List.of(new CourseOffer.Outcome(competence, level)));
  }

  WorkforceFixture course(long id, String title, double hours, List<CourseOffer.Outcome> outcomes) {
    courses.add(new CourseOffer(id, title, "IN_HOUSE", hours, 50.0, null, outcomes));
    return this;
  }

  WorkforceFixture session(
      long id, long course, LocalDateTime startsAt, int capacity, Long... booked) {
    sessions.add(
        new SessionOffer(id, course, SCHOOL, startsAt, capacity, booked.length, Set.of(booked)));
    return this;
  }

  WorkforceFixture activity(long staff, String delivery, double hours, double cost, LocalDate on) {
    activities.add(new CpdActivity(nextId++, staff, delivery, hours, cost, on));
    return this;
  }

  WorkforceFixture need(long school, String yearGroup, String area, int pupils, int ehcPlans) {
    needs.add(new PupilNeed(school, yearGroup, area, pupils, ehcPlans));
    return this;
  }

  WorkforceFixture rule(long id, long competence, int level, int min, String scope) {
    return rule(id, SCHOOL, competence, level, min, scope, null, null);
  }

  WorkforceFixture rule(
      long id,
      long school,
      long competence,
      int level,
      int min,
      String scope,
      LocalDate from,
      LocalDate to) {
    rules.add(
        new CoverageRuleDef(id, school, "Rule " + id, competence, level, min, scope, from, to));
    return this;
  }

  WorkforceFixture led(long session, long facilitator, String delivery, LocalDate on) {
    led.add(new LedSession(session, facilitator, delivery, on));
    return this;
  }

  /** The person works with the group on those days, from and to the dates (null: open). */
  WorkforceFixture deploy(
      long staff, String group, LocalDate from, LocalDate to, java.time.DayOfWeek... days) {
    deployments.add(new Deployment(staff, group, Set.of(days), from, to));
    return this;
  }

  /** The person works with the group on those days, with no end. */
  WorkforceFixture deploy(long staff, String group, java.time.DayOfWeek... days) {
    return deploy(staff, group, null, null, days);
  }

  /** A rule for some days only. */
  WorkforceFixture ruleOnDays(
      long id, long competence, int level, int min, String scope, java.time.DayOfWeek... days) {
    rules.add(
        new CoverageRuleDef(
            id, SCHOOL, "Rule " + id, competence, level, min, scope, null, null, Set.of(days)));
    return this;
  }

  Workforce build() {
    return new Workforce(
        people,
        competences,
        requirements,
        objectives,
        evidence,
        courses,
        sessions,
        activities,
        needs,
        rules,
        led,
        deployments);
  }
}
