package org.sendcpd.training.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.sendcpd.analysis.HeldPeriod;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.SchoolData;

/**
 * One line of a person's CPD ledger: training completed on a date ({@link CompletedTraining}), with
 * the competences and levels it evidences ({@link CpdOutcome}s), a reflection on its impact and any
 * certificates ({@link Evidence}).
 *
 * <p>Only a VERIFIED record makes a competence <em>held</em>, and only until it expires: a record
 * that expires on a date no longer counts on that date. A SELF_LOGGED record is <em>pending</em>:
 * the gap analysis shows that a gap would close once a SENCO verifies it, never that it is closed.
 * Attendance on a marked register is verified at once. Verifying or rejecting is allowed only while
 * pending ({@link Verdict}); later corrections go through an audited change, never a silent edit.
 */
@Entity
@Table(name = "cpd_record")
@NamedQuery(
    name = CpdRecord.FIND_BY_STAFF,
    query =
        "SELECT r FROM CpdRecord r WHERE r.staffMember.id = :staffId"
            + " ORDER BY r.completedOn DESC, r.id DESC")
@NamedQuery(
    name = CpdRecord.COUNT_BY_STAFF,
    query = "SELECT COUNT(r) FROM CpdRecord r WHERE r.staffMember.id = :staffId")
@NamedQuery(
    name = CpdRecord.FIND_BY_SCHOOL,
    query =
        "SELECT r FROM CpdRecord r JOIN FETCH r.staffMember s WHERE s.school.id = :schoolId"
            + " ORDER BY r.completedOn DESC, r.id DESC")
@NamedQuery(
    name = CpdRecord.FIND_PENDING_BY_SCHOOL,
    query =
        "SELECT r FROM CpdRecord r JOIN FETCH r.staffMember s WHERE s.school.id = :schoolId"
            + " AND r.verdict.status = org.sendcpd.training.entity.RecordStatus.SELF_LOGGED"
            + " ORDER BY r.completedOn, r.id")
public class CpdRecord extends CompletedTraining implements SchoolData {

  /** A person's ledger, newest first. */
  public static final String FIND_BY_STAFF = "CpdRecord.findByStaff";

  public static final String COUNT_BY_STAFF = "CpdRecord.countByStaff";

  public static final String FIND_BY_SCHOOL = "CpdRecord.findBySchool";

  /** What a SENCO has still to verify or reject, oldest first. */
  public static final String FIND_PENDING_BY_SCHOOL = "CpdRecord.findPendingBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_member_id")
  private StaffMember staffMember;

  /** The catalogue course completed, or null for CPD found elsewhere with a free title. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "course_id")
  private Course course;

  /**
   * The same course's id read straight from the foreign key: the analysis' projections select it
   * without an outer join, which would make the database scan every record before filtering.
   */
  @Column(name = "course_id", insertable = false, updatable = false)
  private Long courseId;

  /** The session whose register created the record, if any. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private TrainingSession session;

  @NotNull
  @Enumerated(EnumType.STRING)
  private RecordSource source;

  @Valid @Embedded private Verdict verdict = Verdict.pending();

  /** The first day on which the record no longer counts; null when it never expires. */
  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Valid
  @BatchFetch(BatchFetchType.IN)
  @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<CpdOutcome> outcomes = new ArrayList<>();

  @BatchFetch(BatchFetchType.IN)
  @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Evidence> evidence = new ArrayList<>();

  protected CpdRecord() {}

  public CpdRecord(
      StaffMember staffMember,
      String title,
      DeliveryType delivery,
      LocalDate completedOn,
      BigDecimal hours,
      RecordSource source) {
    super(title, delivery, completedOn, hours);
    this.staffMember = staffMember;
    this.source = source;
  }

  /**
   * A pending record of completing a catalogue course: title, provider, delivery, hours, cost,
   * expiry and outcomes all come from the course.
   */
  public static CpdRecord ofCourse(
      StaffMember staffMember, Course course, LocalDate completedOn, RecordSource source) {
    CpdRecord record =
        new CpdRecord(
            staffMember,
            course.getTitle(),
            course.getDelivery(),
            completedOn,
            course.getHours(),
            source);
    record.course = course;
    record.setProvider(course.getProvider());
    record.setCost(course.getCostPerPlace());
    record.expiresOn = expiryOf(completedOn, course.getValidityMonths());
    course.getOutcomes().forEach(o -> record.addOutcome(o.getCompetence(), o.getLevelRank()));
    return record;
  }

  /**
   * The first day a completion no longer counts: completion plus the validity, or null when the
   * validity is empty (never expires). A certificate completed on 15 March with 12 months' validity
   * counts up to 14 March of the next year.
   */
  public static LocalDate expiryOf(LocalDate completedOn, Integer validityMonths) {
    return validityMonths == null ? null : completedOn.plusMonths(validityMonths);
  }

  /**
   * True when the record makes its competences held on the date: it is verified, was completed on
   * or before the date, and has not expired by it.
   */
  public boolean isHeldOn(LocalDate date) {
    return verdict.isVerified() && HeldPeriod.validOn(getCompletedOn(), expiresOn, date);
  }

  /** True while the record waits for a SENCO: it may close a gap once verified. */
  public boolean isPending() {
    return verdict.isPending();
  }

  public void verify(String by, Instant at) {
    requirePending("verified");
    verdict = Verdict.verified(by, at);
  }

  public void reject(String by, Instant at, String reason) {
    Verdict rejection = Verdict.rejected(by, at, reason); // a missing reason is refused first
    requirePending("rejected");
    verdict = rejection;
  }

  /**
   * Drops what the person and their SENCO wrote about the record (reflection, rejection reason) and
   * keeps what counts: the retention rule for leavers.
   */
  public void removeNotes(String replacement) {
    setReflection(null);
    verdict = verdict.withReason(replacement);
  }

  /** A verified or rejected record is never changed: its verifier judged what it said then. */
  private void requirePending(String what) {
    if (!isPending()) {
      throw new IllegalStateException(
          "Only a pending record can be " + what + "; record " + id + " is " + getStatus());
    }
  }

  /** Changes what was logged while the record still waits for a SENCO. */
  public void revise(
      String title,
      String provider,
      DeliveryType delivery,
      LocalDate completedOn,
      BigDecimal hours,
      BigDecimal cost,
      String reflection) {
    requirePending("changed");
    describe(title, provider, delivery, completedOn, hours, cost, reflection);
  }

  /**
   * The hours one person spent on a collaborative session (a coaching pairing meets for as long as
   * it needs), as its register records them.
   */
  public void recordHours(BigDecimal spent) {
    if (source != RecordSource.REGISTER) {
      throw new IllegalStateException("Only a register records the hours someone spent");
    }
    setHours(spent);
  }

  /** Drops the claimed outcomes of a pending record, before the revised claims are added. */
  public void clearOutcomes() {
    requirePending("changed");
    outcomes.clear();
  }

  public CpdOutcome addOutcome(Competence competence, int levelRank) {
    CpdOutcome outcome = new CpdOutcome(this, competence, levelRank);
    outcomes.add(outcome);
    return outcome;
  }

  public void addEvidence(Evidence file) {
    if (file.getRecord() != this) {
      throw new IllegalArgumentException("Evidence belongs to the record it was uploaded for");
    }
    evidence.add(file);
  }

  public Long getId() {
    return id;
  }

  /** The row version: the API's ETag, and what a screen sends back to save its copy. */
  public int getRowVersion() {
    return rowVersion;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public Course getCourse() {
    return course;
  }

  public TrainingSession getSession() {
    return session;
  }

  public void setSession(TrainingSession session) {
    this.session = session;
  }

  public RecordSource getSource() {
    return source;
  }

  public RecordStatus getStatus() {
    return verdict.getStatus();
  }

  public String getRejectionReason() {
    return verdict.getRejectionReason();
  }

  public String getVerifiedBy() {
    return verdict.getVerifiedBy();
  }

  public Instant getVerifiedAt() {
    return verdict.getVerifiedAt();
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public List<CpdOutcome> getOutcomes() {
    return Collections.unmodifiableList(outcomes);
  }

  public List<Evidence> getEvidence() {
    return Collections.unmodifiableList(evidence);
  }

  /** Removes every certificate of the record (their rows go with it); answers what was removed. */
  public List<Evidence> removeAllEvidence() {
    List<Evidence> removed = List.copyOf(evidence);
    evidence.clear();
    return removed;
  }

  @Override
  public Set<Long> readBySchools() {
    return getStaffMember().readBySchools();
  }
}
