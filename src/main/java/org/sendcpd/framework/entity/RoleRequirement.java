package org.sendcpd.framework.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.constraints.NotNull;
import org.sendcpd.organisation.entity.JobRole;

/**
 * What a framework asks of everyone in a job role: every TA holds CI-01 at rank 2, say. These are
 * the baseline of each person's required level; appraisal objectives may raise it for one person.
 * Only requirements of active frameworks count.
 */
@Entity
@Cacheable
@Table(name = "role_requirement")
@NamedQuery(
    name = RoleRequirement.FIND_BY_FRAMEWORK,
    query =
        "SELECT r FROM RoleRequirement r JOIN FETCH r.competenceLevel.competence c"
            + " WHERE r.framework.id = :frameworkId ORDER BY r.jobRole, c.code")
@NamedQuery(
    name = RoleRequirement.FIND_ACTIVE,
    query =
        "SELECT r FROM RoleRequirement r JOIN FETCH r.competenceLevel.competence WHERE r.framework.active = TRUE")
public class RoleRequirement {

  public static final String FIND_BY_FRAMEWORK = "RoleRequirement.findByFramework";
  public static final String FIND_ACTIVE = "RoleRequirement.findActive";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id")
  private SkillsFramework framework;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "job_role")
  private JobRole jobRole;

  /** The rank on the framework's ladder that the role must hold at least. */
  @NotNull @Embedded private CompetenceLevel competenceLevel;

  protected RoleRequirement() {}

  public RoleRequirement(
      SkillsFramework framework, JobRole jobRole, Competence competence, int levelRank) {
    this.framework = framework;
    this.jobRole = jobRole;
    this.competenceLevel = new CompetenceLevel(competence, levelRank);
  }

  public Long getId() {
    return id;
  }

  public SkillsFramework getFramework() {
    return framework;
  }

  public JobRole getJobRole() {
    return jobRole;
  }

  public Competence getCompetence() {
    return competenceLevel.getCompetence();
  }

  public int getLevelRank() {
    return competenceLevel.getRank();
  }

  public void setLevelRank(int levelRank) {
    this.competenceLevel = new CompetenceLevel(competenceLevel.getCompetence(), levelRank);
  }
}
