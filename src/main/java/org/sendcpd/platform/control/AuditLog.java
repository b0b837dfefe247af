package org.sendcpd.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.sendcpd.platform.entity.AuditEvent;

/**
 * Writes the audit log. Each entry commits on its own, so a denied attempt is recorded even though
 * the request that caused it fails and rolls back.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext EntityManager em;

  /** The latest change recorded for a record, to say who changed it when a save comes too late. */
  public Optional<AuditEvent> lastChange(String entityType, long entityId) {
    return em.createNamedQuery(AuditEvent.FIND_CHANGES, AuditEvent.class)
        .setParameter("entityType", entityType)
        .setParameter("entityId", entityId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String actor, String action, String entityType, Long entityId, String detail) {
    String who = actor == null || actor.isBlank() ? "anonymous" : actor;
    who = who.length() > 100 ? who.substring(0, 100) : who;
    em.persist(new AuditEvent(who, action, entityType, entityId, detail));
  }
}
