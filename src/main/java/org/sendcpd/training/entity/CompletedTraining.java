package org.sendcpd.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The training a {@link CpdRecord} describes: what it was, who ran it, how it was delivered, the
 * day it was completed, the hours and cost, and the person's reflection on it. For a catalogue
 * course all but the date and the reflection come from the course.
 *
 * <p>A mapped superclass rather than an embeddable on purpose: these are the fields the Log CPD
 * form and the API report refusals by ({@code title}, {@code hours}, ...) and the analysis queries
 * select ({@code r.completedOn}), so they must stay attributes of the record itself.
 */
@MappedSuperclass
public abstract class CompletedTraining {

  @NotBlank
  @Size(max = 200)
  private String title;

  @Size(max = 200)
  private String provider;

  @NotNull
  @Enumerated(EnumType.STRING)
  private DeliveryType delivery;

  @NotNull
  @Column(name = "completed_on")
  private LocalDate completedOn;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 3, fraction = 2)
  private BigDecimal hours;

  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  private BigDecimal cost;

  /** The person's note on what changed in their practice. */
  @Size(max = 4000)
  private String reflection;

  protected CompletedTraining() {}

  protected CompletedTraining(
      String title, DeliveryType delivery, LocalDate completedOn, BigDecimal hours) {
    this.title = title;
    this.delivery = delivery;
    this.completedOn = completedOn;
    this.hours = hours;
  }

  /** Replaces the whole description; the record decides whether it may still change. */
  protected void describe(
      String title,
      String provider,
      DeliveryType delivery,
      LocalDate completedOn,
      BigDecimal hours,
      BigDecimal cost,
      String reflection) {
    this.title = title;
    this.provider = provider;
    this.delivery = delivery;
    this.completedOn = completedOn;
    this.hours = hours;
    this.cost = cost;
    this.reflection = reflection;
  }

  public String getTitle() {
    return title;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public DeliveryType getDelivery() {
    return delivery;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  protected void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public BigDecimal getCost() {
    return cost;
  }

  public void setCost(BigDecimal cost) {
    this.cost = cost;
  }

  public String getReflection() {
    return reflection;
  }

  public void setReflection(String reflection) {
    this.reflection = reflection;
  }
}
