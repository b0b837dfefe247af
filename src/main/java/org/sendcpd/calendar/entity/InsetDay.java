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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An INSET (in-service training) day: staff work, pupils stay at home. Schools set five a year
 * themselves; they are the days whole-staff training is planned on.
 */
@Entity
@Table(name = "inset_day")
public class InsetDay {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id")
  private SchoolYear year;

  @NotNull
  @Column(name = "inset_date")
  private LocalDate date;

  /** What the day is for ("Whole-school autism training"), if the school says. */
  @Size(max = 200)
  private String note;

  protected InsetDay() {}

  InsetDay(SchoolYear year, LocalDate date, String note) {
    this.year = year;
    this.date = date;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getYear() {
    return year;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getNote() {
    return note;
  }
}
