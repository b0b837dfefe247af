package org.sendcpd.organisation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/** The schools the caller may look at, for screens that let a trust lead pick one. */
@RequestScoped
public class VisibleSchools {

  /** A school to choose from. */
  public record Option(long id, String name) implements Serializable {}

  @Inject StaffService staff;
  @Inject AccessControl access;
  @Inject CurrentUser caller;

  public List<Option> options() {
    return staff.schools().stream()
        .filter(s -> access.maySeeSchool(s.getId()))
        .map(s -> new Option(s.getId(), s.getName()))
        .toList();
  }

  /** The caller's own school, else the first they may see; refused when they may see none. */
  public long requireDefaultSchool() {
    Long school = defaultSchool();
    if (school == null) {
      throw access.deny("School", null, "no school-wide view for this account");
    }
    return school;
  }

  /** The caller's own school, else the first they may see; null when there is none. */
  public Long defaultSchool() {
    return caller
        .schoolId()
        .filter(access::maySeeSchool)
        .orElseGet(
            () -> {
              List<Option> all = options();
              return all.isEmpty() ? null : all.get(0).id();
            });
  }
}
