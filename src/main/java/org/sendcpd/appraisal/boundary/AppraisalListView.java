package org.sendcpd.appraisal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sendcpd.appraisal.control.AppraisalSummary;
import org.sendcpd.appraisal.control.Appraisals;
import org.sendcpd.organisation.control.CurrentUser;

/**
 * Appraisals: a line manager's appraisees; the head's and the SENCO's whole school (the SENCO then
 * opens them without review notes).
 */
@Named
@ViewScoped
public class AppraisalListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Appraisals appraisals;
  @Inject CurrentUser caller;

  private List<AppraisalSummary> rows = List.of();

  public void load() {
    rows = appraisals.visible(caller.schoolId().orElse(null), null);
  }

  public List<AppraisalSummary> getRows() {
    return rows;
  }
}
