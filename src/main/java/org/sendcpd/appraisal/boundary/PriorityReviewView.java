package org.sendcpd.appraisal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.appraisal.control.DevelopmentPlans;
import org.sendcpd.appraisal.control.PriorityReview;
import org.sendcpd.appraisal.control.PriorityReviews;
import org.sendcpd.organisation.control.VisibleSchools;

/** Priorities: for the head and the SENCO, whether the year's CPD serves each priority. */
@Named
@ViewScoped
public class PriorityReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PriorityReviews reviews;
  @Inject DevelopmentPlans plans;
  @Inject VisibleSchools schools;

  private String year;
  private List<PriorityReview> rows = List.of();

  public void load() {
    long school = schools.requireDefaultSchool();
    year = plans.currentYear(school, LocalDate.now());
    rows = reviews.of(school, year, LocalDate.now());
  }

  public String getYear() {
    return year;
  }

  public List<PriorityReview> getRows() {
    return rows;
  }
}
