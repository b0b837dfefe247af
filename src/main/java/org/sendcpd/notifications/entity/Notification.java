package org.sendcpd.notifications.entity;

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
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.NotReadByAnalysis;

/**
 * A message for one member of staff about something that happened to them, with a link to the
 * screen where they can act on it. It stays unread until they mark it read.
 *
 * <p>Reminders that a check raises again and again (a certificate lapsing) carry a subject key,
 * such as {@code lapse:record:42:2026-11-22}, so the same reminder is written once per person and
 * subject, however often the check runs.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = Notification.FIND_BY_RECIPIENT,
    query =
        "SELECT n FROM Notification n WHERE n.recipient.id = :recipientId"
            + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
    name = Notification.COUNT_UNREAD,
    query =
        "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :recipientId"
            + " AND n.readAt IS NULL")
@NamedQuery(
    name = Notification.COUNT_BY_SUBJECT,
    query =
        "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :recipientId"
            + " AND n.subjectKey = :subjectKey")
@NotReadByAnalysis
public class Notification {

  /** A person's notifications, newest first. */
  public static final String FIND_BY_RECIPIENT = "Notification.findByRecipient";

  public static final String COUNT_UNREAD = "Notification.countUnread";

  /** Whether a person already has the reminder with this subject key. */
  public static final String COUNT_BY_SUBJECT = "Notification.countBySubject";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id")
  private StaffMember recipient;

  @NotNull
  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @NotBlank
  @Size(max = 500)
  private String message;

  /** A path inside the application, such as {@code /training/my-cpd.xhtml}. */
  @Size(max = 300)
  private String link;

  @Size(max = 100)
  @Column(name = "subject_key")
  private String subjectKey;

  @NotNull
  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(
      StaffMember recipient,
      NotificationKind kind,
      String message,
      String link,
      String subjectKey,
      Instant createdAt) {
    this.recipient = recipient;
    this.kind = kind;
    this.message = message;
    this.link = link;
    this.subjectKey = subjectKey;
    this.createdAt = createdAt;
  }

  /** Marks it read; reading it again keeps the first time. */
  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public boolean isRead() {
    return readAt != null;
  }

  public Long getId() {
    return id;
  }

  public StaffMember getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getMessage() {
    return message;
  }

  public String getLink() {
    return link;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
