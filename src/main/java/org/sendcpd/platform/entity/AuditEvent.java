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
 * denied attempt leave a row here. A change names each changed field with its old and new value; a
 * view holds ids, never the text of what was seen. The table is insert-only: database triggers
 * refuse UPDATE and DELETE (migration V8), so not even the application can rewrite its history.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.FIND_RECENT,
    query = "SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
    name = AuditEvent.FIND_CHANGES,
    query =
        "SELECT e FROM AuditEvent e WHERE e.entityType = :entityType AND e.entityId = :entityId"
            + " AND e.action NOT LIKE '%_VIEWED' AND e.action NOT LIKE '%_DENIED'"
            + " AND e.action NOT LIKE '%_FAILED' ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
    name = AuditEvent.FIND_BY_ACTION,
    query = "SELECT e FROM AuditEvent e WHERE e.action = :action ORDER BY e.occurredAt DESC")
@NamedQuery(
    name = AuditEvent.FIND_BY_ENTITY,
    query =
        "SELECT e FROM AuditEvent e WHERE e.entityType = :entityType AND e.entityId = :entityId"
            + " ORDER BY e.occurredAt DESC, e.id DESC")
@NotReadByAnalysis
public class AuditEvent {

  public static final String FIND_RECENT = "AuditEvent.findRecent";
  public static final String FIND_BY_ACTION = "AuditEvent.findByAction";
  public static final String FIND_BY_ENTITY = "AuditEvent.findByEntity";
  public static final int MAX_DETAIL = 4000;

  /** The changes made to one record, latest first: no views, refusals or failed attempts. */
  public static final String FIND_CHANGES = "AuditEvent.findChanges";

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

  /** What changed, old and new value per field, or why; ids only for a view, never content. */
  @Size(max = MAX_DETAIL)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(String actor, String action, String entityType, Long entityId, String detail) {
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.detail =
        detail == null || detail.length() <= MAX_DETAIL
            ? detail
            : detail.substring(0, MAX_DETAIL - 1) + "…";
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
