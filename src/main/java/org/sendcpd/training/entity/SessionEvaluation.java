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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.SchoolData;

/**
 * One attendee's rating of a session they attended: how useful it was (1-5) and their confidence in
 * what it taught before and after (1-4), with an optional comment. Each attendee rates a session
 * once (the database holds that too, so two clicks at once save one). Who said what is never shown:
 * the SENCO sees averages, and only from five answers up.
 */
@Entity
@Table(name = "session_evaluation")
@NamedQuery(
    name = SessionEvaluation.FIND_BY_SESSION,
    query = "SELECT e FROM SessionEvaluation e WHERE e.session.id = :sessionId")
@NamedQuery(
    name = SessionEvaluation.COUNT_BY_SESSION_AND_STAFF,
    query =
        "SELECT COUNT(e) FROM SessionEvaluation e WHERE e.session.id = :sessionId"
            + " AND e.staffMember.id = :staffId")
public class SessionEvaluation implements SchoolData {

  public static final String FIND_BY_SESSION = "SessionEvaluation.findBySession";
  public static final String COUNT_BY_SESSION_AND_STAFF =
      "SessionEvaluation.countBySessionAndStaff";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private TrainingSession session;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_member_id")
  private StaffMember staffMember;

  @Min(value = 1, message = "usefulness is 1 to 5")
  @Max(value = 5, message = "usefulness is 1 to 5")
  private int usefulness;

  @Min(value = 1, message = "confidence is 1 to 4")
  @Max(value = 4, message = "confidence is 1 to 4")
  @Column(name = "confidence_before")
  private int confidenceBefore;

  @Min(value = 1, message = "confidence is 1 to 4")
  @Max(value = 4, message = "confidence is 1 to 4")
  @Column(name = "confidence_after")
  private int confidenceAfter;

  @Size(max = 1000)
  @Column(name = "comment_text")
  private String comment;

  @NotNull
  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected SessionEvaluation() {}

  public SessionEvaluation(
      TrainingSession session,
      StaffMember staffMember,
      int usefulness,
      int confidenceBefore,
      int confidenceAfter,
      String comment,
      Instant submittedAt) {
    this.session = session;
    this.staffMember = staffMember;
    this.usefulness = usefulness;
    this.confidenceBefore = confidenceBefore;
    this.confidenceAfter = confidenceAfter;
    this.comment = comment;
    this.submittedAt = submittedAt;
  }

  public Long getId() {
    return id;
  }

  public TrainingSession getSession() {
    return session;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public int getUsefulness() {
    return usefulness;
  }

  public int getConfidenceBefore() {
    return confidenceBefore;
  }

  public int getConfidenceAfter() {
    return confidenceAfter;
  }

  public String getComment() {
    return comment;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  @Override
  public Set<Long> readBySchools() {
    return getStaffMember().readBySchools();
  }
}
