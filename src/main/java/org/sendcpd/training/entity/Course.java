package org.sendcpd.training.entity;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.platform.control.SchoolData;

/**
 * An entry in the training catalogue: what a course is, how it is delivered, what it costs and, in
 * its {@link CourseOutcome}s, which competences at which levels completing it evidences. Outcomes
 * may name competences of several frameworks at once (the crosswalk): one autism session counts in
 * the SEND framework, the autism framework and towards Teachers' Standard 5.
 *
 * <p>A course with no school is shared by every school of the trust. A course whose certificate
 * lapses (positive handling, paediatric first aid) has a validity in months; completing it then
 * produces a record that expires.
 *
 * <p>The catalogue, with its outcomes, is kept in the shared cache: read by every list, gap and
 * report, changed rarely (in a trust, the instances tell each other of changes over the data grid).
 */
@Entity
@Cacheable
@Table(name = "course")
@NamedQuery(
    name = Course.FIND_BY_SCHOOL,
    query =
        "SELECT c FROM Course c LEFT JOIN c.school s"
            + " WHERE c.active = TRUE AND (s IS NULL OR s.id = :schoolId) ORDER BY c.title")
public class Course implements SchoolData {

  public static final String FIND_BY_SCHOOL = "Course.findBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  /** The school that runs the course, or null when it is shared across the trust. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @NotBlank
  @Size(max = 200)
  private String title;

  @Size(max = 4000)
  private String description;

  @NotNull
  @Enumerated(EnumType.STRING)
  private DeliveryType delivery;

  @Size(max = 200)
  private String provider;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 3, fraction = 2)
  private BigDecimal hours;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  @Column(name = "cost_per_place")
  private BigDecimal costPerPlace = BigDecimal.ZERO;

  /** Months a completion stays valid, or null when it never expires. */
  @Min(1)
  @Column(name = "validity_months")
  private Integer validityMonths;

  /** Inactive courses stay for the records that cite them but are no longer offered. */
  private boolean active = true;

  @Valid
  @BatchFetch(BatchFetchType.IN)
  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<CourseOutcome> outcomes = new ArrayList<>();

  protected Course() {}

  public Course(School school, String title, DeliveryType delivery, BigDecimal hours) {
    this.school = school;
    this.title = title;
    this.delivery = delivery;
    this.hours = hours;
  }

  public CourseOutcome addOutcome(Competence competence, int levelRank) {
    CourseOutcome outcome = new CourseOutcome(this, competence, levelRank);
    outcomes.add(outcome);
    return outcome;
  }

  public void clearOutcomes() {
    outcomes.clear();
  }

  public boolean isShared() {
    return school == null;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public DeliveryType getDelivery() {
    return delivery;
  }

  public void setDelivery(DeliveryType delivery) {
    this.delivery = delivery;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public BigDecimal getCostPerPlace() {
    return costPerPlace;
  }

  public void setCostPerPlace(BigDecimal costPerPlace) {
    this.costPerPlace = costPerPlace;
  }

  public Integer getValidityMonths() {
    return validityMonths;
  }

  public void setValidityMonths(Integer validityMonths) {
    this.validityMonths = validityMonths;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<CourseOutcome> getOutcomes() {
    return Collections.unmodifiableList(outcomes);
  }

  /** A trust course (no school) is read by every school. */
  @Override
  public Set<Long> readBySchools() {
    return getSchool() == null ? Set.of() : SchoolData.schools(getSchool().getId());
  }
}
