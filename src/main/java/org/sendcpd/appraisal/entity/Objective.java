package org.sendcpd.appraisal.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.platform.control.SchoolData;

/**
 * An objective agreed in an appraisal, optionally serving a school priority. Its target competences
 * and levels ({@link ObjectiveTarget}s) become individual requirements on top of the job role's
 * while the objective is OPEN in an open cycle, so the training that closes them shows on the
 * appraisal. Review notes are kept per review point.
 */
@Entity
@Table(name = "objective")
@NamedQuery(
    name = Objective.FIND_BY_APPRAISAL,
    query = "SELECT o FROM Objective o WHERE o.appraisal.id = :appraisalId ORDER BY o.id")
@NamedQuery(
    name = Objective.FIND_OPEN_BY_SCHOOL,
    query =
        "SELECT DISTINCT o FROM Objective o JOIN FETCH o.appraisal a LEFT JOIN FETCH o.targets"
            + " WHERE a.cycle.school.id = :schoolId"
            + " AND a.cycle.status = org.sendcpd.appraisal.entity.CycleStatus.OPEN"
            + " AND o.status = org.sendcpd.appraisal.entity.ObjectiveStatus.OPEN")
public class Objective implements SchoolData {

  public static final String FIND_BY_APPRAISAL = "Objective.findByAppraisal";

  /** Open objectives of a school's open cycle, with their targets: individual requirements. */
  public static final String FIND_OPEN_BY_SCHOOL = "Objective.findOpenBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "appraisal_id")
  private Appraisal appraisal;

  @NotBlank
  @Size(max = 2000)
  @Column(name = "objective_text")
  private String text;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "priority_id")
  private SchoolPriority priority;

  @Size(max = 2000)
  @Column(name = "success_criteria")
  private String successCriteria;

  @NotNull
  @Enumerated(EnumType.STRING)
  private ObjectiveStatus status = ObjectiveStatus.OPEN;

  @Valid
  @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ObjectiveTarget> targets = new ArrayList<>();

  @Valid
  @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("reviewedOn")
  private List<ObjectiveReview> reviews = new ArrayList<>();

  protected Objective() {}

  public Objective(Appraisal appraisal, String text) {
    this.appraisal = appraisal;
    this.text = text;
  }

  public ObjectiveTarget addTarget(Competence competence, int levelRank) {
    ObjectiveTarget target = new ObjectiveTarget(this, competence, levelRank);
    targets.add(target);
    return target;
  }

  public void clearTargets() {
    targets.clear();
  }

  public ObjectiveReview addReview(
      ReviewPoint point, String note, LocalDate reviewedOn, String reviewedBy) {
    ObjectiveReview review = new ObjectiveReview(this, point, note, reviewedOn, reviewedBy);
    reviews.add(review);
    return review;
  }

  public boolean isOpen() {
    return status == ObjectiveStatus.OPEN;
  }

  public Long getId() {
    return id;
  }

  /** The row version: the API's ETag, and what a screen sends back to save its copy. */
  public int getRowVersion() {
    return rowVersion;
  }

  public Appraisal getAppraisal() {
    return appraisal;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public SchoolPriority getPriority() {
    return priority;
  }

  public void setPriority(SchoolPriority priority) {
    this.priority = priority;
  }

  public String getSuccessCriteria() {
    return successCriteria;
  }

  public void setSuccessCriteria(String successCriteria) {
    this.successCriteria = successCriteria;
  }

  public ObjectiveStatus getStatus() {
    return status;
  }

  public void setStatus(ObjectiveStatus status) {
    this.status = status;
  }

  public List<ObjectiveTarget> getTargets() {
    return Collections.unmodifiableList(targets);
  }

  public List<ObjectiveReview> getReviews() {
    return Collections.unmodifiableList(reviews);
  }

  @Override
  public Set<Long> readBySchools() {
    return getAppraisal().readBySchools();
  }
}
