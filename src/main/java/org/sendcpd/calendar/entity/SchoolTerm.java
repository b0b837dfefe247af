package org.sendcpd.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * One of the three terms of a school year (autumn, spring, summer), from the first to the last day
 * pupils attend, with an optional half-term holiday inside it. Sessions are planned around terms: a
 * twilight session in half-term finds nobody there.
 */
@Entity
@Table(name = "school_term")
public class SchoolTerm {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id")
  private SchoolYear year;

  @NotBlank
  @Size(max = 50)
  private String name;

  @Column(name = "sort_order")
  private int sortOrder;

  @NotNull
  @Column(name = "starts_on")
  private LocalDate startsOn;

  @NotNull
  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "half_term_starts_on")
  private LocalDate halfTermStartsOn;

  @Column(name = "half_term_ends_on")
  private LocalDate halfTermEndsOn;

  protected SchoolTerm() {}

  SchoolTerm(SchoolYear year, String name, int sortOrder, LocalDate startsOn, LocalDate endsOn) {
    this.year = year;
    this.name = name;
    this.sortOrder = sortOrder;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  /** Sets the half-term holiday; both dates or neither. */
  public void setHalfTerm(LocalDate starts, LocalDate ends) {
    this.halfTermStartsOn = starts;
    this.halfTermEndsOn = ends;
  }

  public boolean hasHalfTerm() {
    return halfTermStartsOn != null && halfTermEndsOn != null;
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getYear() {
    return year;
  }

  public String getName() {
    return name;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public LocalDate getHalfTermStartsOn() {
    return halfTermStartsOn;
  }

  public LocalDate getHalfTermEndsOn() {
    return halfTermEndsOn;
  }
}
