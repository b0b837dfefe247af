package org.sendcpd.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.sendcpd.platform.entity.AuditEvent;

/**
 * Writes the audit log. {@link #record} commits each entry on its own, so a denied attempt or a
 * view is recorded even though the request that caused it fails and rolls back. {@link #change}
 * joins the caller's transaction instead: a change and its row commit together or not at all, so
 * the log never tells of a change that did not happen.
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
    write(actor, action, entityType, entityId, detail);
  }

  /** A change of a record, with what changed (see {@link Changes}), in the caller's transaction. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void change(
      String actor, String action, String entityType, Long entityId, Changes changes) {
    write(actor, action, entityType, entityId, changes == null ? null : changes.text());
  }

  private void write(String actor, String action, String entityType, Long entityId, String detail) {
    String who = actor == null || actor.isBlank() ? "anonymous" : actor;
    who = who.length() > 100 ? who.substring(0, 100) : who;
    em.persist(new AuditEvent(who, action, entityType, entityId, detail));
  }
}
