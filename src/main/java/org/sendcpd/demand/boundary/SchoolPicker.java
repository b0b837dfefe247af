package org.sendcpd.demand.boundary;

import java.io.Serializable;
import java.util.List;
import org.sendcpd.organisation.control.VisibleSchools;

/** The schools a demand screen may show, and which one it shows: the caller's own by default. */
final class SchoolPicker implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<VisibleSchools.Option> schools;
  private Long schoolId;

  SchoolPicker(VisibleSchools visible) {
    schools = visible.options();
    schoolId = visible.defaultSchool();
  }

  List<VisibleSchools.Option> schools() {
    return schools;
  }

  Long schoolId() {
    return schoolId;
  }

  void choose(Long id) {
    schoolId = id;
  }
}
