package org.sendcpd.workforce.control;

import java.util.ArrayList;
import java.util.List;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.CourseOffer;
import org.sendcpd.analysis.CoverageRuleDef;
import org.sendcpd.analysis.CpdActivity;
import org.sendcpd.analysis.Deployment;
import org.sendcpd.analysis.Evidence;
import org.sendcpd.analysis.LedSession;
import org.sendcpd.analysis.ObjectiveTarget;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.PupilNeed;
import org.sendcpd.analysis.RoleRequirement;
import org.sendcpd.analysis.SessionOffer;
import org.sendcpd.analysis.Workforce;

/** The workforce as its sources fill it in; a part no source loads stays empty. */
public final class WorkforceParts {

  List<Person> people = List.of();
  List<CompetenceRef> competences = List.of();
  List<RoleRequirement> requirements = List.of();
  private List<ObjectiveTarget> objectiveTargets = List.of();
  private List<Evidence> evidence = List.of();
  private List<CourseOffer> courses = List.of();
  private List<SessionOffer> sessions = List.of();
  private List<CpdActivity> activities = List.of();
  private List<PupilNeed> needs = List.of();
  private List<CoverageRuleDef> rules = List.of();
  private List<LedSession> ledSessions = List.of();
  private List<Deployment> deployments = List.of();

  public void objectiveTargets(List<ObjectiveTarget> objectiveTargets) {
    this.objectiveTargets = objectiveTargets;
  }

  /**
   * Adds to the evidence the other sources gave: training gives its records' outcomes, assessment
   * its observations, in whichever order the sources run.
   */
  public void evidence(List<Evidence> evidence) {
    if (this.evidence.isEmpty()) {
      this.evidence = evidence;
      return;
    }
    List<Evidence> all = new ArrayList<>(this.evidence.size() + evidence.size());
    all.addAll(this.evidence);
    all.addAll(evidence);
    this.evidence = all;
  }

  public void courses(List<CourseOffer> courses) {
    this.courses = courses;
  }

  public void sessions(List<SessionOffer> sessions) {
    this.sessions = sessions;
  }

  public void activities(List<CpdActivity> activities) {
    this.activities = activities;
  }

  public void needs(List<PupilNeed> needs) {
    this.needs = needs;
  }

  public void rules(List<CoverageRuleDef> rules) {
    this.rules = rules;
  }

  public void ledSessions(List<LedSession> ledSessions) {
    this.ledSessions = ledSessions;
  }

  public void deployments(List<Deployment> deployments) {
    this.deployments = deployments;
  }

  Workforce workforce() {
    return new Workforce(
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
        ledSessions,
        deployments);
  }
}
