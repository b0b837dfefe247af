package org.sendcpd.deployment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.SchoolData;

/**
 * One adult deployed to one group (a class, year group or provision, named as need profiles and
 * coverage-rule scopes name it) on some school days, between optional dates (both inclusive). A TA
 * who moves class at Easter has a deployment that ends the day before and one that starts then; a
 * TA in Year 1 in the mornings and The Hive in the afternoons is deployed to both on those days.
 * The school is kept beside the person so the analysis loads a school's deployments with its index.
 */
@Entity
@Table(name = "staff_deployment")
@NamedQuery(
    name = StaffDeployment.FIND_BY_STAFF,
    query =
        "SELECT d FROM StaffDeployment d WHERE d.staff.id = :staffId"
            + " ORDER BY d.validFrom, d.groupName, d.id")
@NamedQuery(
    name = StaffDeployment.FIND_BY_SCHOOL,
    query =
        "SELECT d FROM StaffDeployment d JOIN FETCH d.staff WHERE d.school.id = :schoolId"
            + " ORDER BY d.groupName, d.id")
public class StaffDeployment implements SchoolData {

  public static final String FIND_BY_STAFF = "StaffDeployment.findByStaff";
  public static final String FIND_BY_SCHOOL = "StaffDeployment.findBySchool";
  public static final int GROUP_LENGTH = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  @NotBlank
  @Size(max = GROUP_LENGTH)
  @Column(name = "group_name")
  private String groupName;

  /** Three-letter codes of school days joined by commas, Monday first: "MON,TUE". */
  @NotBlank
  @Size(max = 19)
  private String days;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected StaffDeployment() {}

  public StaffDeployment(
      StaffMember staff, String groupName, Set<DayOfWeek> days, LocalDate from, LocalDate to) {
    this.staff = staff;
    this.school = staff.getSchool();
    this.groupName = groupName;
    this.days = codes(days);
    this.validFrom = from;
    this.validTo = to;
  }

  @AssertTrue(message = "a deployment's end date cannot come before its start date")
  boolean isDateRangeInOrder() {
    return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
  }

  /** "MON,TUE" for Monday and Tuesday, Monday first. */
  public static String codes(Set<DayOfWeek> days) {
    return days.stream().sorted().map(SchoolDays::code).collect(Collectors.joining(","));
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public StaffMember getStaff() {
    return staff;
  }

  public String getGroupName() {
    return groupName;
  }

  public Set<DayOfWeek> getDays() {
    return days(days);
  }

  /** The school days a stored "MON,TUE" names. */
  public static Set<DayOfWeek> days(String codes) {
    Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
    for (String code : codes.split(",")) {
      DayOfWeek day = SchoolDays.parse(code);
      if (day != null) {
        set.add(day);
      }
    }
    return set;
  }

  public String getDayCodes() {
    return days;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  @Override
  public Set<Long> readBySchools() {
    return SchoolData.schools(getSchool().getId());
  }
}
