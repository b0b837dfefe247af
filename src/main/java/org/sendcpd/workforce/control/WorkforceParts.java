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

/**
 * One school's workforce (or the trust's, read whole) as its sources add rows to it, in the order
 * the rows come; a part no source adds to stays empty.
 */
public final class WorkforceParts {

  private final List<Person> people = new ArrayList<>();
  private final List<ObjectiveTarget> objectiveTargets = new ArrayList<>();
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<CourseOffer> courses = new ArrayList<>();
  private final List<SessionOffer> sessions = new ArrayList<>();
  private final List<CpdActivity> activities = new ArrayList<>();
  private final List<PupilNeed> needs = new ArrayList<>();
  private final List<CoverageRuleDef> rules = new ArrayList<>();
  private final List<LedSession> ledSessions = new ArrayList<>();
  private final List<Deployment> deployments = new ArrayList<>();

  void add(Person person) {
    people.add(person);
  }

  public void add(ObjectiveTarget target) {
    objectiveTargets.add(target);
  }

  /** Training adds its records' outcomes, assessment its observations, in either order. */
  public void add(Evidence evidence) {
    this.evidence.add(evidence);
  }

  public void add(CourseOffer course) {
    courses.add(course);
  }

  public void add(SessionOffer session) {
    sessions.add(session);
  }

  public void add(CpdActivity activity) {
    activities.add(activity);
  }

  public void add(PupilNeed need) {
    needs.add(need);
  }

  public void add(CoverageRuleDef rule) {
    rules.add(rule);
  }

  public void add(LedSession led) {
    ledSessions.add(led);
  }

  public void add(Deployment deployment) {
    deployments.add(deployment);
  }

  Workforce workforce(List<CompetenceRef> competences, List<RoleRequirement> requirements) {
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
