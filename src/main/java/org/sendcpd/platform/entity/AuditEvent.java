package org.sendcpd.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.sendcpd.platform.control.NotReadByAnalysis;

/**
 * One line of the audit log: who did what to which record, when, and whether they were allowed.
 * Records are never silently changed: corrections, verifications, views of appraisal data and every
 * denied attempt leave a row here. Rows hold ids, never the text of what was seen.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.FIND_RECENT,
    query = "SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
    name = AuditEvent.FIND_BY_ACTION,
    query = "SELECT e FROM AuditEvent e WHERE e.action = :action ORDER BY e.occurredAt DESC")
@NotReadByAnalysis
public class AuditEvent {

  public static final String FIND_RECENT = "AuditEvent.findRecent";
  public static final String FIND_BY_ACTION = "AuditEvent.findByAction";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt = Instant.now();

  /** The username that acted, or "anonymous". */
  @NotBlank
  @Size(max = 100)
  private String actor;

  /** What happened, in upper snake case: LOGIN_FAILED, ACCESS_DENIED, CPD_RECORD_VERIFIED, ... */
  @NotBlank
  @Size(max = 60)
  private String action;

  @Size(max = 60)
  @Column(name = "entity_type")
  private String entityType;

  @Column(name = "entity_id")
  private Long entityId;

  @Size(max = 500)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(String actor, String action, String entityType, Long entityId, String detail) {
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public Long getEntityId() {
    return entityId;
  }

  public String getDetail() {
    return detail;
  }
}
