package org.sendcpd.appraisal.entity;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sendcpd.organisation.entity.School;

/**
 * The school's SEND development plan for one academic year: the self-review behind it, as a SWOT
 * (strengths, weaknesses, opportunities, threats, each a short text, one point per line). The
 * plan's priorities are the {@link SchoolPriority}s of the same school and year, each with its
 * {@link PriorityAction}s; the SENCO and the head keep it, every member of staff reads it.
 */
@Entity
@Table(name = "development_plan")
@NamedQuery(
    name = DevelopmentPlan.FIND_BY_SCHOOL_AND_YEAR,
    query =
        "SELECT p FROM DevelopmentPlan p WHERE p.school.id = :schoolId"
            + " AND p.academicYear = :academicYear")
public class DevelopmentPlan {

  public static final String FIND_BY_SCHOOL_AND_YEAR = "DevelopmentPlan.findBySchoolAndYear";

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

  @NotNull
  @Pattern(regexp = SchoolPriority.ACADEMIC_YEAR, message = "academic year must look like 2026/27")
  @Column(name = "academic_year")
  private String academicYear;

  @Size(max = 4000)
  private String strengths;

  @Size(max = 4000)
  private String weaknesses;

  @Size(max = 4000)
  private String opportunities;

  @Size(max = 4000)
  private String threats;

  protected DevelopmentPlan() {}

  public DevelopmentPlan(School school, String academicYear) {
    this.school = school;
    this.academicYear = academicYear;
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

  public String getAcademicYear() {
    return academicYear;
  }

  public String getStrengths() {
    return strengths;
  }

  public void setStrengths(String strengths) {
    this.strengths = strengths;
  }

  public String getWeaknesses() {
    return weaknesses;
  }

  public void setWeaknesses(String weaknesses) {
    this.weaknesses = weaknesses;
  }

  public String getOpportunities() {
    return opportunities;
  }

  public void setOpportunities(String opportunities) {
    this.opportunities = opportunities;
  }

  public String getThreats() {
    return threats;
  }

  public void setThreats(String threats) {
    this.threats = threats;
  }
}
