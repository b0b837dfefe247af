package org.sendcpd.assessment.entity;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.CompetenceLevel;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.SchoolData;

/**
 * Someone who may judge it (the person's line manager, their school's SENCO or head) saw the person
 * practise a competence at a level on a day. It is verified evidence as soon as it is recorded,
 * with no expiry: the level counts as held from the day it was seen, exactly like a verified CPD
 * record. Nobody observes themselves. An observation is never edited: a later one supersedes it in
 * effect, because the highest level held counts.
 */
@Entity
@Table(name = "observation")
@NamedQuery(
    name = Observation.FIND_BY_STAFF,
    query =
        "SELECT o FROM Observation o JOIN FETCH o.competenceLevel.competence c JOIN FETCH o.observer"
            + " WHERE o.staffMember.id = :staffId ORDER BY o.observedOn DESC, o.id DESC")
public class Observation implements SchoolData {

  /** One person's observations, newest first, with competence and observer. */
  public static final String FIND_BY_STAFF = "Observation.findByStaff";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_member_id")
  private StaffMember staffMember;

  @NotNull @Embedded private CompetenceLevel competenceLevel;

  @NotNull
  @Column(name = "observed_on")
  private LocalDate observedOn;

  @Size(max = 2000)
  private String note;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "observer_id")
  private StaffMember observer;

  @NotNull
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected Observation() {}

  public Observation(
      StaffMember staffMember,
      Competence competence,
      int level,
      LocalDate observedOn,
      String note,
      StaffMember observer,
      Instant recordedAt) {
    this.staffMember = staffMember;
    this.competenceLevel = new CompetenceLevel(competence, level);
    this.observedOn = observedOn;
    this.note = note;
    this.observer = observer;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public Competence getCompetence() {
    return competenceLevel.getCompetence();
  }

  public int getLevel() {
    return competenceLevel.getRank();
  }

  public LocalDate getObservedOn() {
    return observedOn;
  }

  public String getNote() {
    return note;
  }

  public StaffMember getObserver() {
    return observer;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  @Override
  public Set<Long> readBySchools() {
    return getStaffMember().readBySchools();
  }
}
