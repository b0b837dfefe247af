package org.sendcpd.appraisal.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.CompetenceLevel;
import org.sendcpd.platform.control.SchoolData;

/**
 * A competence and level an objective aims at: "hold CI-02 at enhanced by the end of the year".
 * While its objective is open it is a requirement of the appraisee, whatever their job role asks.
 */
@Entity
@Table(name = "objective_target")
@NamedQuery(
    name = ObjectiveTarget.FIND_OPEN_BY_SCHOOL,
    query =
        "SELECT t FROM ObjectiveTarget t JOIN FETCH t.objective o JOIN FETCH o.appraisal a"
            + " JOIN FETCH t.competenceLevel.competence WHERE a.cycle.school.id = :schoolId"
            + " AND a.cycle.status = org.sendcpd.appraisal.entity.CycleStatus.OPEN"
            + " AND o.status = org.sendcpd.appraisal.entity.ObjectiveStatus.OPEN")
public class ObjectiveTarget implements SchoolData {

  /**
   * Targets of open objectives in a school's open cycle, with objective, appraisal and competence,
   * in one query: the individual requirements the gap analysis adds to the role requirements.
   */
  public static final String FIND_OPEN_BY_SCHOOL = "ObjectiveTarget.findOpenBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "objective_id")
  private Objective objective;

  @NotNull @Embedded private CompetenceLevel competenceLevel;

  protected ObjectiveTarget() {}

  public ObjectiveTarget(Objective objective, Competence competence, int levelRank) {
    this.objective = objective;
    this.competenceLevel = new CompetenceLevel(competence, levelRank);
  }

  public Long getId() {
    return id;
  }

  public Objective getObjective() {
    return objective;
  }

  public Competence getCompetence() {
    return competenceLevel.getCompetence();
  }

  public int getLevelRank() {
    return competenceLevel.getRank();
  }

  @Override
  public Set<Long> readBySchools() {
    return getObjective().readBySchools();
  }
}
