package org.sendcpd.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.sendcpd.calendar.entity.CalendarFeed;
import org.sendcpd.organisation.control.Anonymisation;

/** A leaver's calendar feed addresses stop working under the retention rule. */
@ApplicationScoped
public class FeedRetention {

  @PersistenceContext EntityManager em;

  void anonymise(@Observes Anonymisation leaver) {
    Instant now = Instant.now();
    em.createNamedQuery(CalendarFeed.FIND_ACTIVE_OF_STAFF, CalendarFeed.class)
        .setParameter("staffId", leaver.staffId())
        .getResultList()
        .forEach(f -> f.revoke(now));
  }
}
