package org.sendcpd.appraisal.entity;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.SchoolData;

/**
 * One person's appraisal in one cycle, led by their appraiser (usually their line manager). It
 * holds the objectives agreed for the year. Appraisal data is sensitive: who views it is audited.
 */
@Entity
@Table(name = "appraisal")
@NamedQuery(
    name = Appraisal.FIND_BY_STAFF,
    query =
        "SELECT a FROM Appraisal a JOIN FETCH a.cycle c WHERE a.staffMember.id = :staffId"
            + " ORDER BY c.startsOn DESC")
@NamedQuery(
    name = Appraisal.FIND_BY_APPRAISER,
    query =
        "SELECT a FROM Appraisal a JOIN FETCH a.cycle c JOIN FETCH a.staffMember s"
            + " WHERE a.appraiser.id = :appraiserId ORDER BY c.startsOn DESC, s.lastName")
@NamedQuery(
    name = Appraisal.FIND_BY_CYCLE,
    query =
        "SELECT a FROM Appraisal a JOIN FETCH a.staffMember s WHERE a.cycle.id = :cycleId"
            + " ORDER BY s.lastName, s.firstName")
public class Appraisal implements SchoolData {

  public static final String FIND_BY_STAFF = "Appraisal.findByStaff";
  public static final String FIND_BY_APPRAISER = "Appraisal.findByAppraiser";
  public static final String FIND_BY_CYCLE = "Appraisal.findByCycle";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private AppraisalCycle cycle;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_member_id")
  private StaffMember staffMember;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "appraiser_id")
  private StaffMember appraiser;

  protected Appraisal() {}

  public Appraisal(AppraisalCycle cycle, StaffMember staffMember, StaffMember appraiser) {
    this.cycle = cycle;
    this.staffMember = staffMember;
    this.appraiser = appraiser;
  }

  public Long getId() {
    return id;
  }

  /** The row version: the API's ETag, and what a screen sends back to save its copy. */
  public int getRowVersion() {
    return rowVersion;
  }

  public AppraisalCycle getCycle() {
    return cycle;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public StaffMember getAppraiser() {
    return appraiser;
  }

  public void setAppraiser(StaffMember appraiser) {
    this.appraiser = appraiser;
  }

  @Override
  public Set<Long> readBySchools() {
    return getStaffMember().readBySchools();
  }
}
