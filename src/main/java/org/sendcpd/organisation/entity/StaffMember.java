package org.sendcpd.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.sendcpd.platform.control.SchoolData;

/**
 * A person who works in a school: teacher, TA, SENCO, leader or support staff. Their job role says
 * what the framework asks of them; their line manager is their appraiser. A leaver keeps their
 * history but drops out of current capacity from their leaving date.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(
    name = StaffMember.FIND_BY_SCHOOL,
    query =
        "SELECT s FROM StaffMember s WHERE s.school.id = :schoolId"
            + " ORDER BY s.lastName, s.firstName, s.id")
@NamedQuery(
    name = StaffMember.COUNT_BY_SCHOOL,
    query = "SELECT COUNT(s) FROM StaffMember s WHERE s.school.id = :schoolId")
@NamedQuery(
    name = StaffMember.FIND_BY_EMAIL,
    query = "SELECT s FROM StaffMember s WHERE LOWER(s.email) = LOWER(:email)")
@NamedQuery(
    name = StaffMember.COUNT_REPORTS,
    query =
        "SELECT COUNT(s) FROM StaffMember s WHERE s.lineManager.id = :managerId"
            + " AND (s.leftDate IS NULL OR s.leftDate > CURRENT_DATE)")
@NamedQuery(
    name = StaffMember.FIND_DUE_FOR_ANONYMISATION,
    query =
        "SELECT s FROM StaffMember s JOIN FETCH s.school WHERE s.leftDate <= :leftBy"
            + " AND s.anonymisedOn IS NULL ORDER BY s.leftDate, s.id")
public class StaffMember implements SchoolData {

  /** A school's staff by surname, first name and id: a stable order to page through. */
  public static final String FIND_BY_SCHOOL = "StaffMember.findBySchool";

  public static final String COUNT_BY_SCHOOL = "StaffMember.countBySchool";
  public static final String FIND_BY_EMAIL = "StaffMember.findByEmail";
  public static final String COUNT_REPORTS = "StaffMember.countReports";

  /** Leavers who left on or before a date and still carry their details (retention rule). */
  public static final String FIND_DUE_FOR_ANONYMISATION = "StaffMember.findDueForAnonymisation";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @NotBlank
  @Size(max = 100)
  @Column(name = "first_name")
  private String firstName;

  @NotBlank
  @Size(max = 100)
  @Column(name = "last_name")
  private String lastName;

  /** Work email; unique, and the key that MIS imports match people on. */
  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "job_role")
  private JobRole jobRole;

  /** Team, year group or department, as the school names it. */
  @Size(max = 100)
  private String team;

  /** Full-time equivalent, 0.01 to 1.00; capacity is counted in heads and in FTE. */
  @NotNull
  @DecimalMin(value = "0.01", message = "FTE must be more than 0")
  @DecimalMax(value = "1.00", message = "FTE must be at most 1.00")
  @Digits(integer = 1, fraction = 2, message = "FTE has at most two decimal places")
  private BigDecimal fte = BigDecimal.ONE;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "left_date")
  private LocalDate leftDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "line_manager_id")
  private StaffMember lineManager;

  /** The day the retention rule removed this leaver's details; null while they are kept. */
  @Column(name = "anonymised_on")
  private LocalDate anonymisedOn;

  protected StaffMember() {}

  public StaffMember(School school, String firstName, String lastName, String email, JobRole role) {
    this.school = school;
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.jobRole = role;
  }

  /** True while the person is employed on the given date: started, and not yet left. */
  public boolean isInPostOn(LocalDate date) {
    boolean started = startDate == null || !startDate.isAfter(date);
    boolean notLeft = leftDate == null || leftDate.isAfter(date);
    return started && notLeft;
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public Long getId() {
    return id;
  }

  /** The row version: the API's ETag, and what a screen sends back to save its copy. */
  public int getRowVersion() {
    return rowVersion;
  }

  public School getSchool() {
    return school;
  }

  public void setSchool(School school) {
    this.school = school;
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

  public StaffMember getLineManager() {
    return lineManager;
  }

  public void setLineManager(StaffMember lineManager) {
    this.lineManager = lineManager;
  }

  /**
   * Replaces the person's name and email and drops their team, keeping everything that counts
   * (school, job role, dates, FTE): the retention rule for leavers.
   */
  public void anonymise(String first, String last, String placeholderEmail, LocalDate on) {
    this.firstName = first;
    this.lastName = last;
    this.email = placeholderEmail;
    this.team = null;
    this.anonymisedOn = on;
  }

  public LocalDate getAnonymisedOn() {
    return anonymisedOn;
  }

  @Override
  public Set<Long> readBySchools() {
    return SchoolData.schools(getSchool().getId());
  }
}
