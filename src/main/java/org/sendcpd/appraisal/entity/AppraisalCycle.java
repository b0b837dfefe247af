package org.sendcpd.appraisal.entity;

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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.sendcpd.organisation.entity.School;

/**
 * A school's appraisal year, September to August, with its review points: objectives are set at the
 * start, reviewed at mid-year and judged at the end. While the cycle is OPEN its open objectives
 * are individual requirements in the gap analysis; a school has one cycle per academic year.
 */
@Entity
@Table(name = "appraisal_cycle")
@NamedQuery(
    name = AppraisalCycle.FIND_BY_SCHOOL,
    query = "SELECT c FROM AppraisalCycle c WHERE c.school.id = :schoolId ORDER BY c.startsOn DESC")
@NamedQuery(
    name = AppraisalCycle.FIND_OPEN_BY_SCHOOL,
    query =
        "SELECT c FROM AppraisalCycle c WHERE c.school.id = :schoolId"
            + " AND c.status = org.sendcpd.appraisal.entity.CycleStatus.OPEN")
public class AppraisalCycle {

  public static final String FIND_BY_SCHOOL = "AppraisalCycle.findBySchool";
  public static final String FIND_OPEN_BY_SCHOOL = "AppraisalCycle.findOpenBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @NotNull
  @Pattern(regexp = SchoolPriority.ACADEMIC_YEAR, message = "academic year must look like 2026/27")
  @Column(name = "academic_year")
  private String academicYear;

  @NotNull
  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "mid_year_review_on")
  private LocalDate midYearReviewOn;

  @NotNull
  @Column(name = "ends_on")
  private LocalDate endsOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  private CycleStatus status = CycleStatus.OPEN;

  protected AppraisalCycle() {}

  public AppraisalCycle(School school, String academicYear, LocalDate startsOn, LocalDate endsOn) {
    this.school = school;
    this.academicYear = academicYear;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  @AssertTrue(message = "a cycle must end after it starts, with the mid-year review between")
  boolean isInOrder() {
    if (startsOn == null || endsOn == null) {
      return true;
    }
    boolean midInside =
        midYearReviewOn == null
            || (midYearReviewOn.isAfter(startsOn) && midYearReviewOn.isBefore(endsOn));
    return endsOn.isAfter(startsOn) && midInside;
  }

  public boolean isOpen() {
    return status == CycleStatus.OPEN;
  }

  public void close() {
    status = CycleStatus.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public String getAcademicYear() {
    return academicYear;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getMidYearReviewOn() {
    return midYearReviewOn;
  }

  public void setMidYearReviewOn(LocalDate midYearReviewOn) {
    this.midYearReviewOn = midYearReviewOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public CycleStatus getStatus() {
    return status;
  }
}
