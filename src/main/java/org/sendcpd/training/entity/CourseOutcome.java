package org.sendcpd.training.entity;

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
import jakarta.validation.constraints.NotNull;
import org.sendcpd.framework.entity.Competence;

/**
 * A competence and level that completing a course evidences. When a gap is found, the courses whose
 * outcome reaches the required level are the ones offered to close it.
 */
@Entity
@Table(name = "course_outcome")
@NamedQuery(
    name = CourseOutcome.FIND_ACTIVE_BY_SCHOOL,
    query =
        "SELECT o FROM CourseOutcome o JOIN FETCH o.course c JOIN FETCH o.competence"
            + " LEFT JOIN c.school s WHERE c.active = TRUE AND (s IS NULL OR s.id = :schoolId)")
public class CourseOutcome {

  /** Every outcome of the courses a school can use, for closing gaps in one query. */
  public static final String FIND_ACTIVE_BY_SCHOOL = "CourseOutcome.findActiveBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "competence_id")
  private Competence competence;

  @Min(1)
  @Column(name = "level_rank")
  private int levelRank;

  protected CourseOutcome() {}

  public CourseOutcome(Course course, Competence competence, int levelRank) {
    this.course = course;
    this.competence = competence;
    this.levelRank = levelRank;
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public Competence getCompetence() {
    return competence;
  }

  public int getLevelRank() {
    return levelRank;
  }

  public void setLevelRank(int levelRank) {
    this.levelRank = levelRank;
  }
}
