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
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.sendcpd.platform.control.SchoolData;

/**
 * A note on an objective's progress made at one review point, with the training record beside it.
 * Notes are appraisal data: who reads them is audited.
 */
@Entity
@Table(name = "objective_review")
public class ObjectiveReview implements SchoolData {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "objective_id")
  private Objective objective;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "review_point")
  private ReviewPoint reviewPoint;

  @NotBlank
  @Size(max = 4000)
  private String note;

  @NotNull
  @Column(name = "reviewed_on")
  private LocalDate reviewedOn;

  /** Username of the appraiser (or appraisee) who wrote the note. */
  @NotBlank
  @Size(max = 100)
  @Column(name = "reviewed_by")
  private String reviewedBy;

  protected ObjectiveReview() {}

  public ObjectiveReview(
      Objective objective,
      ReviewPoint reviewPoint,
      String note,
      LocalDate reviewedOn,
      String reviewedBy) {
    this.objective = objective;
    this.reviewPoint = reviewPoint;
    this.note = note;
    this.reviewedOn = reviewedOn;
    this.reviewedBy = reviewedBy;
  }

  public Long getId() {
    return id;
  }

  public Objective getObjective() {
    return objective;
  }

  public ReviewPoint getReviewPoint() {
    return reviewPoint;
  }

  public String getNote() {
    return note;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  @Override
  public Set<Long> readBySchools() {
    return getObjective().readBySchools();
  }
}
