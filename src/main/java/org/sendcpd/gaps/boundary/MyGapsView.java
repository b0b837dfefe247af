package org.sendcpd.gaps.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.sendcpd.analysis.ConfidenceCheck;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.assessment.control.SelfAssessments;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * My gaps: what is asked of the signed-in person, how they stand, what would close a gap, and their
 * own confidence beside it.
 */
@Named
@ViewScoped
public class MyGapsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WorkforceAnalyses gaps;
  @Inject CurrentUser caller;
  @Inject SelfAssessments selfAssessments;

  private List<GapDetail> items = List.of();
  private LocalDate date = LocalDate.now();

  public void load() {
    caller
        .staff()
        .ifPresent(
            me -> {
              SchoolAnalysis analysis = gaps.forPerson(me, date);
              ConfidenceCheck confidence = new ConfidenceCheck(selfAssessments.ratingsOf(me), date);
              items =
                  analysis.gapsOf(me.getId()).stream()
                      .filter(c -> c.status() != GapStatus.NOT_REQUIRED)
                      .sorted(Comparator.comparing(MyGapsView::urgency))
                      .map(cell -> GapDetail.of(analysis, cell, confidence.confidenceOf(cell)))
                      .toList();
            });
  }

  /** Gaps first, then what lapses, what waits for verification, and what is met. */
  static int urgency(GapCell cell) {
    return switch (cell.status()) {
      case GAP -> 0;
      case EXPIRING -> 1;
      case PENDING -> 2;
      case MET -> 3;
      case NOT_REQUIRED -> 4;
    };
  }

  public List<GapDetail> getItems() {
    return items;
  }

  public long count(String status) {
    return items.stream().filter(i -> i.status().name().equals(status)).count();
  }

  public String styleOf(GapDetail item) {
    return switch (item.status()) {
      case MET -> "cpd-cell-met";
      case EXPIRING -> "cpd-cell-expiring";
      case PENDING -> "cpd-cell-pending";
      case GAP -> "cpd-cell-gap1";
      case NOT_REQUIRED -> "cpd-cell-none";
    };
  }

  public LocalDate getDate() {
    return date;
  }
}
