package org.sendcpd.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.training.control.CourseDraft;
import org.sendcpd.training.control.CourseDraft.OutcomeDraft;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;

/**
 * The course dialog's fields, with one row per outcome, and the course's row version as read, which
 * goes back with the save so a copy someone else has saved since is refused.
 */
public class CourseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One outcome row: a competence code and a level of its framework. */
  public static class OutcomeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String competenceCode;
    private Integer level = 1;

    public String getCompetenceCode() {
      return competenceCode;
    }

    public void setCompetenceCode(String competenceCode) {
      this.competenceCode = competenceCode;
    }

    public Integer getLevel() {
      return level;
    }

    public void setLevel(Integer level) {
      this.level = level;
    }
  }

  private Long id;
  private Integer version;
  private String title;
  private String description;
  private DeliveryType delivery = DeliveryType.IN_HOUSE;
  private String provider;
  private BigDecimal hours;
  private BigDecimal costPerPlace = BigDecimal.ZERO;
  private Integer validityMonths;
  private boolean active = true;
  private boolean shared;
  private final List<OutcomeRow> outcomes = new ArrayList<>();

  static CourseForm of(Course c) {
    CourseForm form = new CourseForm();
    form.id = c.getId();
    form.version = c.getRowVersion();
    form.title = c.getTitle();
    form.description = c.getDescription();
    form.delivery = c.getDelivery();
    form.provider = c.getProvider();
    form.hours = c.getHours();
    form.costPerPlace = c.getCostPerPlace();
    form.validityMonths = c.getValidityMonths();
    form.active = c.isActive();
    form.shared = c.isShared();
    c.getOutcomes()
        .forEach(
            o -> {
              OutcomeRow row = new OutcomeRow();
              row.setCompetenceCode(o.getCompetence().getCode());
              row.setLevel(o.getLevelRank());
              form.outcomes.add(row);
            });
    return form;
  }

  /** The course's row version when this copy was read; null for a new course. */
  public Integer getVersion() {
    return version;
  }

  /** After a refused save the person's input stays and the next save is of the current copy. */
  void rebase(int currentVersion) {
    version = currentVersion;
  }

  CourseDraft draft(long schoolId) {
    return new CourseDraft(
        shared ? null : schoolId,
        title,
        description,
        delivery,
        provider,
        hours,
        costPerPlace,
        validityMonths,
        active,
        outcomes.stream()
            .filter(o -> o.getCompetenceCode() != null)
            .map(o -> new OutcomeDraft(o.getCompetenceCode(), o.getLevel()))
            .toList());
  }

  public void addOutcome() {
    outcomes.add(new OutcomeRow());
  }

  public void removeOutcome(OutcomeRow row) {
    outcomes.remove(row);
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public List<OutcomeRow> getOutcomes() {
    return outcomes;
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

  public boolean isShared() {
    return shared;
  }

  public void setShared(boolean shared) {
    this.shared = shared;
  }
}
