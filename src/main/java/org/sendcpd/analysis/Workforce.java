package org.sendcpd.analysis;

import java.util.List;

/**
 * Everything the analysis reads, loaded once per request (a table at a time, never a query per
 * person) and indexed in memory by the engine. Deployments say who works with which group on which
 * days; a workforce without them has no capacity by group and only team-scoped rules. The sessions
 * staff led count for the whole-school indicators.
 */
public record Workforce(
    List<Person> people,
    List<CompetenceRef> competences,
    List<RoleRequirement> requirements,
    List<ObjectiveTarget> objectiveTargets,
    List<Evidence> evidence,
    List<CourseOffer> courses,
    List<SessionOffer> sessions,
    List<CpdActivity> activities,
    List<PupilNeed> needs,
    List<CoverageRuleDef> rules,
    List<LedSession> ledSessions,
    List<Deployment> deployments) {

  /** A workforce without the sessions staff led and without deployments recorded. */
  public Workforce(
      List<Person> people,
      List<CompetenceRef> competences,
      List<RoleRequirement> requirements,
      List<ObjectiveTarget> objectiveTargets,
      List<Evidence> evidence,
      List<CourseOffer> courses,
      List<SessionOffer> sessions,
      List<CpdActivity> activities,
      List<PupilNeed> needs,
      List<CoverageRuleDef> rules) {
    this(
        people,
        competences,
        requirements,
        objectiveTargets,
        evidence,
        courses,
        sessions,
        activities,
        needs,
        rules,
        List.of(),
        List.of());
  }
}
