package org.sendcpd.framework.entity;

import jakarta.persistence.Cacheable;
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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One rung of a framework's ladder. Ladders differ between frameworks: the Code of Practice speaks
 * of awareness, enhanced and specialist; a speech-and-language framework adds foundation below
 * universal. Everything else refers to a level by its rank (1 is the lowest), so holding rank 3
 * also meets a requirement of rank 2 in the same framework.
 */
@Entity
@Cacheable
@Table(name = "framework_level")
@NamedQuery(
    name = FrameworkLevel.FIND_BY_FRAMEWORK,
    query = "SELECT l FROM FrameworkLevel l WHERE l.framework.id = :frameworkId ORDER BY l.rank")
public class FrameworkLevel {

  public static final String FIND_BY_FRAMEWORK = "FrameworkLevel.findByFramework";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id")
  private SkillsFramework framework;

  /** Position on the ladder, 1 for the lowest. */
  @Min(1)
  @Column(name = "level_rank")
  private int rank;

  @NotBlank
  @Size(max = 100)
  private String name;

  @Size(max = 1000)
  private String description;

  protected FrameworkLevel() {}

  public FrameworkLevel(SkillsFramework framework, int rank, String name) {
    this.framework = framework;
    this.rank = rank;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public SkillsFramework getFramework() {
    return framework;
  }

  public int getRank() {
    return rank;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
