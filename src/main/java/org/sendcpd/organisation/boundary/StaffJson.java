package org.sendcpd.organisation.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;

/** A member of staff as the API shows and takes them. */
public record StaffJson(
    Long id,
    Long schoolId,
    String firstName,
    String lastName,
    String email,
    JobRole jobRole,
    String team,
    BigDecimal fte,
    LocalDate startDate,
    LocalDate leftDate,
    Long lineManagerId) {

  static StaffJson of(StaffMember s) {
    return new StaffJson(
        s.getId(),
        s.getSchool().getId(),
        s.getFirstName(),
        s.getLastName(),
        s.getEmail(),
        s.getJobRole(),
        s.getTeam(),
        s.getFte(),
        s.getStartDate(),
        s.getLeftDate(),
        s.getLineManager() == null ? null : s.getLineManager().getId());
  }

  /** Copies the fields a caller may set onto a person; school and id stay as they are. */
  void copyTo(StaffMember s) {
    s.setFirstName(firstName);
    s.setLastName(lastName);
    s.setEmail(email == null ? null : email.trim().toLowerCase());
    s.setJobRole(jobRole);
    s.setTeam(team);
    s.setFte(fte == null ? BigDecimal.ONE : fte);
    s.setStartDate(startDate);
    s.setLeftDate(leftDate);
  }
}
