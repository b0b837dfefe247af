package org.sendcpd.training.entity;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.sendcpd.analysis.FollowUpStage;
import org.sendcpd.framework.entity.Area;
import org.sendcpd.platform.control.SchoolData;

/**
 * What a person said they would change in their practice after a piece of CPD, for which area of
 * need, and, once it falls due ({@code dueOn}, some weeks after the training), how far it came:
 * {@link FollowUpStage}. The person or their line manager answers; a later answer replaces an
 * earlier one (NOT_YET may become TRIED), and every answer is audited. One per CPD record.
 */
@Entity
@Table(name = "follow_up")
@NamedQuery(
    name = FollowUp.FIND_BY_RECORD,
    query = "SELECT f FROM FollowUp f WHERE f.record.id = :recordId")
@NamedQuery(
    name = FollowUp.FIND_BY_SCHOOL,
    query =
        "SELECT f FROM FollowUp f JOIN FETCH f.record r JOIN FETCH r.staffMember s"
            + " WHERE s.school.id = :schoolId ORDER BY f.dueOn, f.id")
@NamedQuery(
    name = FollowUp.FIND_FOR_PERSON_OR_REPORTS,
    query =
        "SELECT f FROM FollowUp f JOIN FETCH f.record r JOIN FETCH r.staffMember s"
            + " LEFT JOIN s.lineManager m"
            + " WHERE s.id = :staffId OR m.id = :staffId ORDER BY f.dueOn, f.id")
public class FollowUp implements SchoolData {

  public static final String FIND_BY_RECORD = "FollowUp.findByRecord";
  public static final String FIND_BY_SCHOOL = "FollowUp.findBySchool";

  /** The person's own follow-ups and those of the people they line-manage. */
  public static final String FIND_FOR_PERSON_OR_REPORTS = "FollowUp.findForPersonOrReports";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotNull
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "record_id")
  private CpdRecord record;

  @NotBlank
  @Size(max = 1000)
  @Column(name = "intended_change")
  private String intendedChange;

  /** The area of need the change is for; null when the person did not say. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "area_id")
  private Area area;

  @NotNull
  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private FollowUpStage stage;

  @Size(max = 2000)
  private String note;

  @Size(max = 100)
  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected FollowUp() {}

  public FollowUp(CpdRecord record, String intendedChange, Area area, LocalDate dueOn) {
    this.record = record;
    this.intendedChange = intendedChange;
    this.area = area;
    this.dueOn = dueOn;
  }

  /** The person changes what they intend; an answer given already stays. */
  public void plan(String intendedChange, Area area) {
    this.intendedChange = intendedChange;
    this.area = area;
  }

  public void answer(FollowUpStage stage, String note, String by, Instant at) {
    this.stage = stage;
    this.note = note;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  public boolean isAnswered() {
    return stage != null;
  }

  public Long getId() {
    return id;
  }

  public int getRowVersion() {
    return rowVersion;
  }

  public CpdRecord getRecord() {
    return record;
  }

  public String getIntendedChange() {
    return intendedChange;
  }

  public Area getArea() {
    return area;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public FollowUpStage getStage() {
    return stage;
  }

  public String getNote() {
    return note;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  @Override
  public Set<Long> readBySchools() {
    return getRecord().readBySchools();
  }
}
