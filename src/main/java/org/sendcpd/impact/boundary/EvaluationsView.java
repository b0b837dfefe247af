package org.sendcpd.impact.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sendcpd.appraisal.control.DevelopmentPlans;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.training.control.EvaluationSummary;
import org.sendcpd.training.control.SessionEvaluations;

/** The SENCO's view of session ratings: averages per course and per session, never names. */
@Named
@ViewScoped
public class EvaluationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SessionEvaluations evaluations;
  @Inject CurrentUser caller;
  @Inject DevelopmentPlans plans;

  private List<EvaluationSummary> byCourse = List.of();
  private List<EvaluationSummary> bySession = List.of();

  @PostConstruct
  void load() {
    long school = caller.schoolId().orElseThrow(plans::denyNoSchool);
    byCourse = evaluations.perCourse(school);
    bySession = evaluations.perSession(school);
  }

  public List<EvaluationSummary> getByCourse() {
    return byCourse;
  }

  public List<EvaluationSummary> getBySession() {
    return bySession;
  }
}
