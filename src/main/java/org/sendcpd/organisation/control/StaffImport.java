package org.sendcpd.organisation.control;

import java.util.List;

/** The answer to a staff import: how many people were created and updated, or why none were. */
public record StaffImport(int created, int updated, List<LineError> errors) {

  static StaffImport refused(List<LineError> errors) {
    return new StaffImport(0, 0, errors);
  }
}
