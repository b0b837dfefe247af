package org.sendcpd.gaps.boundary;

import java.io.Serializable;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;

/**
 * A cell of the heatmap: what it says, how it is coloured, and the reading for a screen reader;
 * confidence is the person's own rating, 1 to 4, shown beside the status (null when none).
 */
public record GapCellView(
    GapStatus status, String label, String styleClass, String title, Integer confidence)
    implements Serializable {

  static final GapCellView EMPTY =
      new GapCellView(GapStatus.NOT_REQUIRED, "", "cpd-cell-none", "Not required", null);

  GapCellView(GapStatus status, String label, String styleClass, String title) {
    this(status, label, styleClass, title, null);
  }

  /** The same cell with the person's own rating beside it (nothing changes when null). */
  GapCellView rated(Integer rating) {
    return rating == null
        ? this
        : new GapCellView(
            status, label, styleClass, title + "; own confidence " + rating + " of 4", rating);
  }

  static GapCellView of(GapCell cell, String requiredName, String heldName) {
    return switch (cell.status()) {
      case MET -> new GapCellView(cell.status(), "✓", "cpd-cell-met", "Met: holds " + heldName);
      case EXPIRING ->
          new GapCellView(
              cell.status(), "!", "cpd-cell-expiring", "Met until " + cell.heldUntil() + ", renew");
      case PENDING ->
          new GapCellView(
              cell.status(), "?", "cpd-cell-pending", "Would be met once a record is verified");
      case GAP ->
          new GapCellView(
              cell.status(),
              "−" + cell.levelsShort(),
              cell.levelsShort() > 1 ? "cpd-cell-gap2" : "cpd-cell-gap1",
              "Gap: needs "
                  + requiredName
                  + (heldName == null ? ", holds nothing" : ", holds " + heldName)
                  + (cell.planned() ? " (booked)" : ""));
      case NOT_REQUIRED ->
          new GapCellView(cell.status(), "·", "cpd-cell-none", "Not required; holds " + heldName);
    };
  }
}
