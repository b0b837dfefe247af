package org.sendcpd.selfreview.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sendcpd.organisation.entity.School;

/**
 * A school's self-review of one academic year: where its SENCO and head place it on each {@link
 * ReviewElement} (an element not placed yet has no placement), with their evidence. Staff answer
 * the same questions anonymously: their answers are {@link QuestionnaireTally} counts, and who
 * answered is a {@link QuestionnaireRespondent} marker. {@link #getPublishedRespondents()} is how
 * many answers the counts shown were taken at (a multiple of five).
 */
@Entity
@Table(name = "self_review")
@NamedQuery(
    name = SelfReview.FIND_BY_SCHOOL_AND_YEAR,
    query =
        "SELECT r FROM SelfReview r WHERE r.school.id = :schoolId"
            + " AND r.academicYear = :academicYear")
public class SelfReview {

  public static final String FIND_BY_SCHOOL_AND_YEAR = "SelfReview.findBySchoolAndYear";

  /** "2026/27". */
  public static final String ACADEMIC_YEAR = "\\d{4}/\\d{2}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @NotNull
  @Pattern(regexp = ACADEMIC_YEAR, message = "academic year must look like 2026/27")
  @Size(max = 7)
  @Column(name = "academic_year")
  private String academicYear;

  @Valid
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "self_review_element", joinColumns = @JoinColumn(name = "review_id"))
  private List<Placement> placements = new ArrayList<>();

  @Size(max = 100)
  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Min(0)
  @Column(name = "published_respondents")
  private int publishedRespondents;

  protected SelfReview() {}

  public SelfReview(School school, String academicYear) {
    this.school = school;
    this.academicYear = academicYear;
  }

  /** Puts the leaders' placements in place of the ones before. */
  public void place(List<Placement> newPlacements, String by, Instant at) {
    placements.clear();
    placements.addAll(newPlacements);
    placements.sort(Comparator.comparing(Placement::getElement));
    updatedBy = by;
    updatedAt = at;
  }

  public Optional<Placement> placement(ReviewElement element) {
    return placements.stream().filter(p -> p.getElement() == element).findFirst();
  }

  public void published(int respondents) {
    this.publishedRespondents = respondents;
  }

  public Long getId() {
    return id;
  }

  public int getRowVersion() {
    return rowVersion;
  }

  public School getSchool() {
    return school;
  }

  public String getAcademicYear() {
    return academicYear;
  }

  public List<Placement> getPlacements() {
    return List.copyOf(placements);
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public int getPublishedRespondents() {
    return publishedRespondents;
  }
}
