package org.sendcpd.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sendcpd.assessment.control.Observations;
import org.sendcpd.assessment.control.ObserverRights;
import org.sendcpd.assessment.control.SelfAssessments;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;

/**
 * What other screens show of this component through its includes: the observations of a person on
 * My CPD and the appraisal sheet, and the once-a-term prompt to rate one's confidence. A person the
 * viewer may not see shows nothing.
 */
@Named
@RequestScoped
public class PracticeShown {

  @Inject Observations observations;
  @Inject SelfAssessments assessments;
  @Inject StaffService staff;
  @Inject AccessControl access;
  @Inject CurrentUser caller;
  @Inject ObserverRights rights;

  private List<ObservationRow> mine;
  private Boolean ratingDue;

  /** The person's observations, newest first; none when the viewer may not see them. */
  public List<ObservationRow> observationsOf(Long staffId) {
    if (staffId == null) {
      return List.of();
    }
    return staff
        .find(staffId)
        .filter(access::maySeeStaff)
        .map(p -> observations.of(p).stream().map(ObservationRow::of).toList())
        .orElse(List.of());
  }

  /**
   * Whether the viewer may record an observation of the person (their line manager, SENCO, head).
   */
  public boolean mayObserve(Long staffId) {
    return staffId != null && staff.find(staffId).map(rights::mayObserve).orElse(false);
  }

  /** The signed-in person's own observations. */
  public List<ObservationRow> getMine() {
    if (mine == null) {
      mine = observationsOf(caller.staffId().orElse(null));
    }
    return mine;
  }

  /**
   * Whether the signed-in person has not rated their confidence this term: asked once a request,
   * though the page asks it at every include.
   */
  public boolean isRatingDue() {
    if (ratingDue == null) {
      ratingDue = caller.staff().map(assessments::dueThisTerm).orElse(false);
    }
    return ratingDue;
  }

  /** The person has just rated: ask again. */
  void rated() {
    ratingDue = null;
  }
}
