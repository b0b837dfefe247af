package org.sendcpd.organisation.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;

/**
 * The staff dialog's fields, with the row version of the person as read, which goes back with the
 * save so a copy someone else has saved since is refused rather than written over.
 */
public class StaffForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long id;
  private int version;
  private String firstName;
  private String lastName;
  private String email;
  private JobRole jobRole;
  private String team;
  private BigDecimal fte;
  private LocalDate startDate;
  private LocalDate leftDate;
  private Long lineManagerId;

  static StaffForm of(StaffMember s) {
    StaffForm form = new StaffForm();
    form.id = s.getId();
    form.version = s.getRowVersion();
    form.firstName = s.getFirstName();
    form.lastName = s.getLastName();
    form.email = s.getEmail();
    form.jobRole = s.getJobRole();
    form.team = s.getTeam();
    form.fte = s.getFte();
    form.startDate = s.getStartDate();
    form.leftDate = s.getLeftDate();
    form.lineManagerId = s.getLineManager() == null ? null : s.getLineManager().getId();
    return form;
  }

  /** Copies what the dialog edits onto the person; the line manager is resolved by the caller. */
  void copyTo(StaffMember s) {
    s.setFirstName(trimmed(firstName));
    s.setLastName(trimmed(lastName));
    s.setEmail(email == null ? null : email.trim().toLowerCase());
    s.setJobRole(jobRole);
    s.setTeam(trimmed(team));
    s.setFte(fte == null ? BigDecimal.ONE : fte);
    s.setStartDate(startDate);
    s.setLeftDate(leftDate);
  }

  /** Message keys of the labels of the fields in which another copy of this person differs. */
  List<String> differences(StaffForm other) {
    List<String> keys = new ArrayList<>();
    if (!Objects.equals(firstName, other.firstName) || !Objects.equals(lastName, other.lastName)) {
      keys.add("staffList.name");
    }
    if (!Objects.equals(email, other.email)) {
      keys.add("staffEdit.email");
    }
    if (jobRole != other.jobRole) {
      keys.add("staffList.role");
    }
    if (!Objects.equals(team, other.team)) {
      keys.add("staffList.team");
    }
    if (fte == null ? other.fte != null : other.fte == null || fte.compareTo(other.fte) != 0) {
      keys.add("staffList.fte");
    }
    if (!Objects.equals(startDate, other.startDate)) {
      keys.add("staffList.started");
    }
    if (!Objects.equals(leftDate, other.leftDate)) {
      keys.add("staffList.left");
    }
    if (!Objects.equals(lineManagerId, other.lineManagerId)) {
      keys.add("staffList.manager");
    }
    return keys;
  }

  /** After a refused save the person's input stays and the next save is of the current copy. */
  void rebase(StaffForm current) {
    version = current.version;
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public JobRole getJobRole() {
    return jobRole;
  }

  public void setJobRole(JobRole jobRole) {
    this.jobRole = jobRole;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public BigDecimal getFte() {
    return fte;
  }

  public void setFte(BigDecimal fte) {
    this.fte = fte;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getLeftDate() {
    return leftDate;
  }

  public void setLeftDate(LocalDate leftDate) {
    this.leftDate = leftDate;
  }

  public Long getLineManagerId() {
    return lineManagerId;
  }

  public void setLineManagerId(Long lineManagerId) {
    this.lineManagerId = lineManagerId;
  }
}
