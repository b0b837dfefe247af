package org.sendcpd.assessment.entity;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.SchoolData;

/**
 * How confident a person says they are in one competence asked of them, on a day: 1 not yet, 2
 * getting there, 3 confident, 4 confident enough to help others. It is their own view and never
 * counts as held; the latest rating is the one shown beside their standing, earlier ones stay as a
 * history (one a day per competence: rating again the same day replaces it). The analysis never
 * reads it, so rating leaves the analyses kept.
 */
@Entity
@Table(name = "self_assessment")
@NamedQuery(
    name = SelfAssessment.FIND_BY_STAFF,
    query =
        "SELECT a FROM SelfAssessment a JOIN FETCH a.competence c"
            + " WHERE a.staffMember.id = :staffId ORDER BY a.assessedOn DESC, a.id DESC")
@NamedQuery(
    name = SelfAssessment.FIND_BY_SCHOOL,
    query =
        "SELECT a.staffMember.id, a.competence.id, a.confidence, a.assessedOn FROM SelfAssessment a"
            + " WHERE a.staffMember.school.id = :schoolId ORDER BY a.assessedOn, a.id")
public class SelfAssessment implements SchoolData {

  /** One person's ratings, newest first. */
  public static final String FIND_BY_STAFF = "SelfAssessment.findByStaff";

  /** A school's ratings as rows (staff id, competence id, confidence, day), oldest first. */
  public static final String FIND_BY_SCHOOL = "SelfAssessment.findBySchool";

  public static final int LOWEST = 1;
  public static final int HIGHEST = 4;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_member_id")
  private StaffMember staffMember;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "competence_id")
  private Competence competence;

  @Min(LOWEST)
  @Max(HIGHEST)
  private int confidence;

  @NotNull
  @Column(name = "assessed_on")
  private LocalDate assessedOn;

  protected SelfAssessment() {}

  public SelfAssessment(
      StaffMember staffMember, Competence competence, int confidence, LocalDate assessedOn) {
    this.staffMember = staffMember;
    this.competence = competence;
    this.confidence = confidence;
    this.assessedOn = assessedOn;
  }

  public Long getId() {
    return id;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public Competence getCompetence() {
    return competence;
  }

  public int getConfidence() {
    return confidence;
  }

  public void setConfidence(int confidence) {
    this.confidence = confidence;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  /** The gaps answer shows each cell's confidence, so a rating changes what the school is told. */
  @Override
  public Set<Long> readBySchools() {
    return getStaffMember().readBySchools();
  }
}
