package org.sendcpd.training.entity;

import jakarta.persistence.Cacheable;
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
 * A competence and level that completing a course evidences. When a gap is found, the courses whose
 * outcome reaches the required level are the ones offered to close it.
 */
@Entity
@Cacheable
@Table(name = "course_outcome")
@NamedQuery(
    name = CourseOutcome.FIND_ACTIVE_BY_SCHOOL,
    query =
        "SELECT o FROM CourseOutcome o JOIN FETCH o.course c JOIN FETCH o.competenceLevel.competence"
            + " LEFT JOIN c.school s WHERE c.active = TRUE AND (s IS NULL OR s.id = :schoolId)")
public class CourseOutcome implements SchoolData {

  /** Every outcome of the courses a school can use, for closing gaps in one query. */
  public static final String FIND_ACTIVE_BY_SCHOOL = "CourseOutcome.findActiveBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @NotNull @Embedded private CompetenceLevel competenceLevel;

  protected CourseOutcome() {}

  public CourseOutcome(Course course, Competence competence, int levelRank) {
    this.course = course;
    this.competenceLevel = new CompetenceLevel(competence, levelRank);
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
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

  @Override
  public Set<Long> readBySchools() {
    return getCourse().readBySchools();
  }
}
