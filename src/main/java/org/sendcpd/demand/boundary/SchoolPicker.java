package org.sendcpd.demand.boundary;

import java.io.Serializable;
import java.util.List;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.platform.control.AccessControl;
import org.sendcpd.platform.control.CurrentUser;

/** The schools a demand screen may show, and which one it shows: the caller's own by default. */
final class SchoolPicker implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A school to choose from. */
  public record SchoolOption(long id, String name) implements Serializable {}

  private final List<SchoolOption> schools;
  private Long schoolId;

  SchoolPicker(StaffService staff, AccessControl access, CurrentUser caller) {
    schools =
        staff.schools().stream()
            .filter(s -> access.maySeeSchool(s.getId()))
            .map(s -> new SchoolOption(s.getId(), s.getName()))
            .toList();
    schoolId = caller.schoolId().orElse(schools.isEmpty() ? null : schools.get(0).id());
  }

  List<SchoolOption> schools() {
    return schools;
  }

  Long schoolId() {
    return schoolId;
  }

  void choose(Long id) {
    schoolId = id;
  }
}
