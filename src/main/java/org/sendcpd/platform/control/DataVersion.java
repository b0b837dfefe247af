package org.sendcpd.platform.control;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ModifyAllQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;
import org.sendcpd.platform.entity.AuditEvent;

/**
 * Counts the commits that wrote something through this instance's persistence unit, so that what is
 * worked out from the data (the analysis) can be kept until the data under it changes. EclipseLink
 * creates the listener from persistence.xml, hence the static counter. A commit whose writes cannot
 * be told apart from a read counts as a write: a stale answer is worse than a recomputed one. Only
 * a commit that adds nothing but audit events does not count.
 */
public class DataVersion extends SessionEventAdapter {

  private static final AtomicLong VERSION = new AtomicLong();
  private static final String BULK_WRITE = DataVersion.class.getName() + ".bulk";
  private static final String AUDIT = AuditEvent.class.getName();

  public static long current() {
    return VERSION.get();
  }

  /** Bulk JPQL and native writes bypass the change set: they are marked on their unit of work. */
  @Override
  public void postExecuteQuery(SessionEvent event) {
    if (event.getQuery() instanceof ModifyAllQuery || event.getQuery() instanceof DataModifyQuery) {
      VERSION.incrementAndGet();
      event.getSession().setProperty(BULK_WRITE, Boolean.TRUE);
    }
  }

  @Override
  public void postCommitUnitOfWork(SessionEvent event) {
    if (event.getSession() instanceof UnitOfWorkImpl unit && !wrote(unit)) {
      return;
    }
    VERSION.incrementAndGet();
  }

  private static boolean wrote(UnitOfWorkImpl unit) {
    var changes = unit.getUnitOfWorkChangeSet();
    if (changes == null || unit.hasDeletedObjects() || unit.getProperty(BULK_WRITE) != null) {
      return true;
    }
    return changes.hasChanges() && !onlyAudited(changes);
  }

  /**
   * A commit that only adds to the audit log (a report downloaded, a refusal) leaves the data as it
   * was: counted as a write, every download would throw away the analyses kept (for a school of
   * 10,000 staff, seconds of work and hundreds of megabytes for the next request to redo).
   */
  private static boolean onlyAudited(UnitOfWorkChangeSet changes) {
    Map<?, ?> all = changes.getAllChangeSets();
    return !all.isEmpty()
        && all.keySet().stream()
            .allMatch(c -> c instanceof ObjectChangeSet o && AUDIT.equals(o.getClassName()));
  }
}
