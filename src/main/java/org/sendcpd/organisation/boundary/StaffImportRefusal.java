package org.sendcpd.organisation.boundary;

import java.util.List;
import org.sendcpd.organisation.control.LineError;
import org.sendcpd.organisation.control.StaffImport;

/**
 * A refused staff import: the API's error shape ({@code error}, {@code details}) together with the
 * import answer's own fields, so clients of either contract read it.
 */
public record StaffImportRefusal(
    String error, List<LineError> details, int created, int updated, List<LineError> errors) {

  static StaffImportRefusal of(StaffImport refused) {
    return new StaffImportRefusal(
        "The file was not imported: "
            + refused.errors().size()
            + (refused.errors().size() == 1 ? " problem" : " problems")
            + "; nothing was saved",
        refused.errors(),
        0,
        0,
        refused.errors());
  }
}
