package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.sendcpd.organisation.entity.SignInThrottle;
import org.sendcpd.organisation.entity.ThrottleLimits;

/**
 * Writes one refused attempt to the throttle table, in a transaction of its own (the sign-in that
 * failed has none, and the count must stay even when the request goes on to fail). The row is read
 * with a write lock, so instances counting the same subject at once add up rather than overwrite.
 */
@ApplicationScoped
public class ThrottleCounter {

  @PersistenceContext EntityManager em;

  /** Counts the failure; answers true when it locked the subject. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean count(String subject, ThrottleLimits limits, Instant now) {
    SignInThrottle row = em.find(SignInThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      row = new SignInThrottle(subject, now);
      em.persist(row);
    }
    boolean locked = row.fail(now, limits);
    em.flush(); // a concurrent first insert of the same subject fails here, inside this call
    return locked;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void clear(String subject) {
    SignInThrottle row = em.find(SignInThrottle.class, subject);
    if (row != null) {
      em.remove(row);
    }
  }

  /** Forgets subjects with no lock in force whose last failure is older than {@code before}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sweep(Instant before, Instant now) {
    return em.createNamedQuery(SignInThrottle.DELETE_STALE)
        .setParameter("before", before)
        .setParameter("now", now)
        .executeUpdate();
  }
}
