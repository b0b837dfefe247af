package org.sendcpd.training.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendcpd.organisation.control.LineError;
import org.sendcpd.training.control.CpdHistoryResult;

/**
 * The answer to a CPD history import: lines read, records they make, records saved (0 on a dry
 * run). A refused import answers the API's error shape ({@code error}, {@code details}) with the
 * same fields, so clients of either contract read it; there {@code errors} lists each wrong line.
 */
@Schema(name = "CpdHistoryImport")
public record CpdHistoryJson(
    String error,
    List<LineError> details,
    boolean dryRun,
    int lines,
    int records,
    int created,
    List<LineError> errors) {

  static CpdHistoryJson of(CpdHistoryResult result) {
    String error =
        result.isClean()
            ? null
            : "The file was not imported: "
                + result.errors().size()
                + (result.errors().size() == 1 ? " wrong line" : " wrong lines")
                + "; nothing was saved";
    return new CpdHistoryJson(
        error,
        result.errors(),
        result.dryRun(),
        result.lines(),
        result.records(),
        result.created(),
        result.errors());
  }
}
