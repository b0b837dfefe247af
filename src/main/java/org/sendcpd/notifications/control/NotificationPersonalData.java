package org.sendcpd.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.sendcpd.notifications.entity.Notification;
import org.sendcpd.organisation.control.PersonalData;

/** The person's notifications, read and unread, for their download. */
@ApplicationScoped
public class NotificationPersonalData {

  @PersistenceContext EntityManager em;

  public record NotificationData(
      long id, String kind, String message, String link, Instant createdAt, Instant readAt) {}

  void export(@Observes PersonalData data) {
    data.staffId()
        .ifPresent(
            staffId ->
                data.add(
                    "notifications",
                    em.createNamedQuery(Notification.FIND_BY_RECIPIENT, Notification.class)
                        .setParameter("recipientId", staffId)
                        .getResultStream()
                        .map(
                            n ->
                                new NotificationData(
                                    n.getId(),
                                    n.getKind().name(),
                                    n.getMessage(),
                                    n.getLink(),
                                    n.getCreatedAt(),
                                    n.getReadAt()))
                        .toList()));
  }
}
