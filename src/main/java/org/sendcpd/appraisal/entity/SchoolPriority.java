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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;

/**
 * A priority of the school's SEND development plan or improvement plan for one academic year, such
 * as "every class adult uses visual timetables". Appraisal objectives link to it, which is how
 * performance management, CPD and school self-review join up in one planning cycle.
 */
@Entity
@Table(name = "school_priority")
@NamedQuery(
    name = SchoolPriority.FIND_BY_SCHOOL_AND_YEAR,
    query =
        "SELECT p FROM SchoolPriority p WHERE p.school.id = :schoolId"
            + " AND p.academicYear = :academicYear ORDER BY p.title")
public class SchoolPriority {

  public static final String FIND_BY_SCHOOL_AND_YEAR = "SchoolPriority.findBySchoolAndYear";

  /** An academic year as schools write it: "2026/27" runs from September 2026 to August 2027. */
  public static final String ACADEMIC_YEAR = "\\d{4}/\\d{2}";

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
  @Pattern(regexp = ACADEMIC_YEAR, message = "academic year must look like 2026/27")
  @Column(name = "academic_year")
  private String academicYear;

  @NotBlank
  @Size(max = 300)
  private String title;

  /** The broad area of need the priority serves, or null when it is cross-cutting. */
  @Enumerated(EnumType.STRING)
  @Column(name = "area_of_need")
  private AreaOfNeed areaOfNeed;

  /** How the school will know the priority was achieved. */
  @Size(max = 1000)
  @Column(name = "success_measure")
  private String successMeasure;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  private StaffMember owner;

  /** When, in the school's words: "by February half-term". */
  @Size(max = 200)
  private String timescale;

  @NotNull
  @Enumerated(EnumType.STRING)
  private PriorityStatus status = PriorityStatus.PLANNED;

  protected SchoolPriority() {}

  public SchoolPriority(School school, String academicYear, String title) {
    this.school = school;
    this.academicYear = academicYear;
    this.title = title;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public AreaOfNeed getAreaOfNeed() {
    return areaOfNeed;
  }

  public void setAreaOfNeed(AreaOfNeed areaOfNeed) {
    this.areaOfNeed = areaOfNeed;
  }

  public String getSuccessMeasure() {
    return successMeasure;
  }

  public void setSuccessMeasure(String successMeasure) {
    this.successMeasure = successMeasure;
  }

  public StaffMember getOwner() {
    return owner;
  }

  public void setOwner(StaffMember owner) {
    this.owner = owner;
  }

  public String getTimescale() {
    return timescale;
  }

  public void setTimescale(String timescale) {
    this.timescale = timescale;
  }

  public PriorityStatus getStatus() {
    return status;
  }

  public void setStatus(PriorityStatus status) {
    this.status = status;
  }
}
