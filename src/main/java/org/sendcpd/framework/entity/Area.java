package org.sendcpd.framework.entity;

import jakarta.persistence.Cacheable;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A heading of a framework that groups its competences. In the SEND framework the first four areas
 * are the Code of Practice's broad areas of need and say so in {@link #getAreaOfNeed()}; that link
 * is what lets capacity be set against the pupils whose primary need falls in the area.
 * Cross-cutting areas (working with families, deploying TAs, the statutory process) have no area of
 * need.
 */
@Entity
@Cacheable
@Table(name = "area")
@NamedQuery(
    name = Area.FIND_BY_FRAMEWORK,
    query = "SELECT a FROM Area a WHERE a.framework.id = :frameworkId ORDER BY a.sortOrder")
public class Area {

  public static final String FIND_BY_FRAMEWORK = "Area.findByFramework";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id")
  private SkillsFramework framework;

  /** Short code, unique within its framework, e.g. "CI". */
  @NotBlank
  @Size(max = 20)
  private String code;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Column(name = "sort_order")
  private int sortOrder;

  /** The broad area of need this area covers, or null for a cross-cutting area. */
  @Enumerated(EnumType.STRING)
  @Column(name = "area_of_need")
  private AreaOfNeed areaOfNeed;

  protected Area() {}

  public Area(SkillsFramework framework, String code, String name, int sortOrder) {
    this.framework = framework;
    this.code = code;
    this.name = name;
    this.sortOrder = sortOrder;
  }

  public boolean isCrossCutting() {
    return areaOfNeed == null;
  }

  public Long getId() {
    return id;
  }

  public SkillsFramework getFramework() {
    return framework;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public AreaOfNeed getAreaOfNeed() {
    return areaOfNeed;
  }

  public void setAreaOfNeed(AreaOfNeed areaOfNeed) {
    this.areaOfNeed = areaOfNeed;
  }
}
