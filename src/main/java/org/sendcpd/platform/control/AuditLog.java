package org.sendcpd.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.sendcpd.platform.entity.AuditEvent;

/**
 * Writes the audit log. Each entry commits on its own, so a denied attempt is recorded even though
 * the request that caused it fails and rolls back.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String actor, String action, String entityType, Long entityId, String detail) {
    String who = actor == null || actor.isBlank() ? "anonymous" : actor;
    who = who.length() > 100 ? who.substring(0, 100) : who;
    em.persist(new AuditEvent(who, action, entityType, entityId, detail));
  }
}
