package org.sendcpd.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sendcpd.organisation.control.Anonymisation;

/** A leaver's notifications go under the retention rule: they count nothing and name things. */
@ApplicationScoped
public class NotificationRetention {

  @PersistenceContext EntityManager em;

  void anonymise(@Observes Anonymisation leaver) {
    em.createQuery("DELETE FROM Notification n WHERE n.recipient.id = :staffId")
        .setParameter("staffId", leaver.staffId())
        .executeUpdate();
  }
}
