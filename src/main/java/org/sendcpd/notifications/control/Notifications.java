package org.sendcpd.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.sendcpd.notifications.entity.Notification;
import org.sendcpd.notifications.entity.NotificationKind;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;

/**
 * Writes notifications and answers the signed-in person's own. A person reads and marks only their
 * own; nobody else's notifications are reachable from here.
 */
@ApplicationScoped
@Transactional
public class Notifications {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject Event<NotificationCreated> created;

  public Notification notify(
      StaffMember recipient, NotificationKind kind, String message, String link) {
    return write(recipient, kind, message, link, null);
  }

  /**
   * Writes the notification unless the person already has one with this subject key; answers
   * whether it was written.
   */
  public boolean notifyOnce(
      StaffMember recipient,
      NotificationKind kind,
      String message,
      String link,
      String subjectKey) {
    long already =
        em.createNamedQuery(Notification.COUNT_BY_SUBJECT, Long.class)
            .setParameter("recipientId", recipient.getId())
            .setParameter("subjectKey", subjectKey)
            .getSingleResult();
    if (already > 0) {
      return false;
    }
    write(recipient, kind, message, link, subjectKey);
    return true;
  }

  private Notification write(
      StaffMember recipient,
      NotificationKind kind,
      String message,
      String link,
      String subjectKey) {
    String text = message.length() > 500 ? message.substring(0, 499) + "…" : message;
    Notification notification =
        new Notification(recipient, kind, text, link, subjectKey, Instant.now());
    em.persist(notification);
    created.fire(new NotificationCreated(recipient.getEmail(), text));
    return notification;
  }

  /** The caller's notifications, newest first; none for an account without a staff record. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Notification> mine() {
    return caller
        .staffId()
        .map(
            id ->
                em.createNamedQuery(Notification.FIND_BY_RECIPIENT, Notification.class)
                    .setParameter("recipientId", id)
                    .setMaxResults(200)
                    .getResultList())
        .orElse(List.of());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long unreadCount() {
    return caller
        .staffId()
        .map(
            id ->
                em.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                    .setParameter("recipientId", id)
                    .getSingleResult())
        .orElse(0L);
  }

  public void markRead(long notificationId) {
    Notification notification = em.find(Notification.class, notificationId);
    Long me = caller.staffId().orElse(null);
    if (notification == null || me == null || !me.equals(notification.getRecipient().getId())) {
      throw access.deny("Notification", notificationId, "another person's notification");
    }
    notification.markRead(Instant.now());
  }

  public void markAllRead() {
    Instant now = Instant.now();
    mine().stream().filter(n -> !n.isRead()).forEach(n -> em.merge(n).markRead(now));
  }
}
