package org.sendcpd.training.entity;

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
 * A competence and level that a CPD record evidences. Whether it is held on a date follows from its
 * record: verified and unexpired makes it held, self-logged makes it pending.
 */
@Entity
@Table(name = "cpd_outcome")
@NamedQuery(
    name = CpdOutcome.FIND_VERIFIED_OR_PENDING_BY_SCHOOL,
    query =
        "SELECT o FROM CpdOutcome o JOIN FETCH o.record r JOIN FETCH r.staffMember s"
            + " JOIN FETCH o.competenceLevel.competence WHERE s.school.id = :schoolId AND r.verdict.status IN"
            + " (org.sendcpd.training.entity.RecordStatus.VERIFIED,"
            + " org.sendcpd.training.entity.RecordStatus.SELF_LOGGED)")
@NamedQuery(
    name = CpdOutcome.FIND_BY_STAFF,
    query =
        "SELECT o FROM CpdOutcome o JOIN FETCH o.record r"
            + " JOIN FETCH o.competenceLevel.competence c JOIN FETCH c.area"
            + " WHERE r.staffMember.id = :staffId ORDER BY c.code")
public class CpdOutcome implements SchoolData {

  /**
   * Every outcome of a school's verified and pending records, with record, person and competence,
   * in one query: what the gap and capacity analysis reads for held and pending levels.
   */
  /** Every outcome of one person's records, with its competence: My CPD in one query. */
  public static final String FIND_BY_STAFF = "CpdOutcome.findByStaff";

  public static final String FIND_VERIFIED_OR_PENDING_BY_SCHOOL =
      "CpdOutcome.findVerifiedOrPendingBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "record_id")
  private CpdRecord record;

  @NotNull @Embedded private CompetenceLevel competenceLevel;

  protected CpdOutcome() {}

  public CpdOutcome(CpdRecord record, Competence competence, int levelRank) {
    this.record = record;
    this.competenceLevel = new CompetenceLevel(competence, levelRank);
  }

  public Long getId() {
    return id;
  }

  public CpdRecord getRecord() {
    return record;
  }

  public Competence getCompetence() {
    return competenceLevel.getCompetence();
  }

  public int getLevelRank() {
    return competenceLevel.getRank();
  }

  @Override
  public Set<Long> readBySchools() {
    return getRecord().readBySchools();
  }
}
