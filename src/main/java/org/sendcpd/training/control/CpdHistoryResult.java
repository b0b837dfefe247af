package org.sendcpd.training.control;

import java.util.List;
import org.sendcpd.organisation.control.LineError;

/**
 * What a CPD history import came to: the lines read, the records they make and how many were saved
 * (none on a dry run, and none when any line is wrong: then every wrong line is listed).
 */
public record CpdHistoryResult(
    boolean dryRun, int lines, int records, int created, List<LineError> errors) {

  public boolean isClean() {
    return errors.isEmpty();
  }

  static CpdHistoryResult refused(boolean dryRun, int lines, List<LineError> errors) {
    return new CpdHistoryResult(dryRun, lines, 0, 0, List.copyOf(errors));
  }
}
