package org.sendcpd.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * A competence at a level of its framework's ladder (rank 1 is the lowest): what a course or a
 * record evidences, what a role or an objective asks for, what a coverage rule counts. Every entity
 * that names one embeds this, in the columns {@code competence_id} and {@code level_rank}.
 */
@Embeddable
public class CompetenceLevel {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "competence_id")
  private Competence competence;

  @Column(name = "level_rank")
  private int rank;

  protected CompetenceLevel() {}

  /**
   * Checked here rather than by cascaded bean validation, which EclipseLink cannot traverse into an
   * embeddable holding a lazy reference.
   */
  public CompetenceLevel(Competence competence, int rank) {
    if (competence == null) {
      throw new InvalidInputException("Name the competence");
    }
    if (rank < 1) {
      throw new InvalidInputException("A level is 1 or more on its framework's ladder: " + rank);
    }
    this.competence = competence;
    this.rank = rank;
  }

  public Competence getCompetence() {
    return competence;
  }

  public int getRank() {
    return rank;
  }
}
