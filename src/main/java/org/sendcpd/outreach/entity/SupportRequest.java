package org.sendcpd.outreach.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.sendcpd.framework.entity.CompetenceLevel;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.TrainingSession;

/**
 * One school asking a colleague of another school of the trust for support with a competence at a
 * level, on one of a few preferred dates. It goes to the colleague and to their head; the head (or
 * the colleague, with the head's agreement) accepts it, which plans a school-to-school session on
 * the asking school's calendar with the colleague as facilitator, or declines it with a reason.
 * Decided requests are never changed again.
 */
@Entity
@Table(name = "support_request")
@NamedQuery(
    name = SupportRequest.FIND_FOR_SCHOOL,
    query =
        "SELECT r FROM SupportRequest r JOIN FETCH r.toStaff t"
            + " WHERE r.fromSchool.id = :schoolId OR t.school.id = :schoolId"
            + " ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(
    name = SupportRequest.FIND_TO_STAFF,
    query =
        "SELECT r FROM SupportRequest r WHERE r.toStaff.id = :staffId"
            + " ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(
    name = SupportRequest.COUNT_WAITING_FOR_SCHOOL,
    query =
        "SELECT COUNT(r) FROM SupportRequest r WHERE r.toStaff.school.id = :schoolId"
            + " AND r.status = org.sendcpd.outreach.entity.SupportStatus.REQUESTED")
public class SupportRequest {

  /** Requests a school made or received (addressed to one of its staff), newest first. */
  public static final String FIND_FOR_SCHOOL = "SupportRequest.findForSchool";

  /** Requests addressed to one person, newest first. */
  public static final String FIND_TO_STAFF = "SupportRequest.findToStaff";

  /** Requests to a school's staff that wait for an answer. */
  public static final String COUNT_WAITING_FOR_SCHOOL = "SupportRequest.countWaitingForSchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "from_school_id")
  private School fromSchool;

  /** The username of the SENCO or head who asked. */
  @NotBlank
  @Size(max = 100)
  @Column(name = "requested_by")
  private String requestedBy;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "to_staff_id")
  private StaffMember toStaff;

  @Embedded private CompetenceLevel wanted;

  @Size(max = 2000)
  private String message;

  /** ISO dates, comma-separated, in the order the asking school prefers them. */
  @Size(max = 200)
  @Column(name = "preferred_dates")
  private String preferredDates;

  @NotNull
  @Enumerated(EnumType.STRING)
  private SupportStatus status = SupportStatus.REQUESTED;

  @NotNull
  @Column(name = "created_at")
  private Instant createdAt;

  @Size(max = 100)
  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  /** Why it was declined, or a note on accepting. */
  @Size(max = 1000)
  private String reason;

  /** The session an accepted request became. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private TrainingSession session;

  protected SupportRequest() {}

  public SupportRequest(
      School fromSchool,
      String requestedBy,
      StaffMember toStaff,
      CompetenceLevel wanted,
      String message,
      List<LocalDate> preferredDates,
      Instant createdAt) {
    this.fromSchool = fromSchool;
    this.requestedBy = requestedBy;
    this.toStaff = toStaff;
    this.wanted = wanted;
    this.message = message;
    this.preferredDates =
        preferredDates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    this.createdAt = createdAt;
  }

  public void accept(String by, Instant at, TrainingSession becameSession, String note) {
    decide(SupportStatus.ACCEPTED, by, at, note);
    this.session = becameSession;
  }

  public void decline(String by, Instant at, String why) {
    decide(SupportStatus.DECLINED, by, at, why);
  }

  private void decide(SupportStatus outcome, String by, Instant at, String note) {
    this.status = outcome;
    this.decidedBy = by;
    this.decidedAt = at;
    this.reason = note;
  }

  /** Clears what was written about the person, for the retention rule. */
  public void removeNotes() {
    this.message = null;
    this.reason = null;
  }

  public Long getId() {
    return id;
  }

  public int getRowVersion() {
    return rowVersion;
  }

  public School getFromSchool() {
    return fromSchool;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public StaffMember getToStaff() {
    return toStaff;
  }

  public CompetenceLevel getWanted() {
    return wanted;
  }

  public String getMessage() {
    return message;
  }

  public List<LocalDate> getPreferredDates() {
    if (preferredDates == null || preferredDates.isBlank()) {
      return List.of();
    }
    return Arrays.stream(preferredDates.split(",")).map(LocalDate::parse).toList();
  }

  public SupportStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getReason() {
    return reason;
  }

  public TrainingSession getSession() {
    return session;
  }
}
