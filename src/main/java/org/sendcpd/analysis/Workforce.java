package org.sendcpd.analysis;

import java.util.List;

/**
 * Everything the analysis reads, loaded once per request (a table at a time, never a query per
 * person) and indexed in memory by the engine.
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
    List<CoverageRuleDef> rules) {}
