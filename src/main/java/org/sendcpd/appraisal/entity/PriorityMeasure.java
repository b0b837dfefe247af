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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A number a priority's success is judged by, as the SENCO entered it on a day: "pupils at SEN
 * support on track in reading: 14 of 31". Always about a group of pupils (a count, a count out of a
 * total, or a percentage), never about one pupil: nothing here can name a child. Measures are
 * added, never edited, so the series over the terms stays as it was reported.
 */
@Entity
@Table(name = "priority_measure")
@NamedQuery(
    name = PriorityMeasure.FIND_BY_PRIORITY,
    query =
        "SELECT m FROM PriorityMeasure m WHERE m.priority.id = :priorityId"
            + " ORDER BY m.takenOn, m.label, m.id")
public class PriorityMeasure {

  public static final String FIND_BY_PRIORITY = "PriorityMeasure.findByPriority";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "priority_id")
  private SchoolPriority priority;

  @NotNull
  @Column(name = "taken_on")
  private LocalDate takenOn;

  @NotBlank
  @Size(max = 200)
  private String label;

  @NotNull
  @DecimalMin(value = "0", message = "must be 0 or more")
  @Digits(
      integer = 7,
      fraction = 2,
      message = "must be a number below 10,000,000 with 2 decimals at most")
  @Column(name = "measure_value")
  private BigDecimal value;

  /** The size of the group the value counts in ("14 of 31"); null for a plain count. */
  @DecimalMin(value = "0.01", message = "must be more than 0")
  @Digits(
      integer = 7,
      fraction = 2,
      message = "must be a number below 10,000,000 with 2 decimals at most")
  @Column(name = "out_of")
  private BigDecimal outOf;

  @NotBlank
  @Size(max = 100)
  @Column(name = "entered_by")
  private String enteredBy;

  protected PriorityMeasure() {}

  public PriorityMeasure(
      SchoolPriority priority,
      LocalDate takenOn,
      String label,
      BigDecimal value,
      BigDecimal outOf,
      String enteredBy) {
    this.priority = priority;
    this.takenOn = takenOn;
    this.label = label;
    this.value = value;
    this.outOf = outOf;
    this.enteredBy = enteredBy;
  }

  /** A part cannot be larger than its whole. */
  @AssertTrue(message = "value must not be more than outOf")
  boolean isWithinWhole() {
    return value == null || outOf == null || value.compareTo(outOf) <= 0;
  }

  public Long getId() {
    return id;
  }

  public SchoolPriority getPriority() {
    return priority;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public String getLabel() {
    return label;
  }

  public BigDecimal getValue() {
    return value;
  }

  public BigDecimal getOutOf() {
    return outOf;
  }

  public String getEnteredBy() {
    return enteredBy;
  }
}
