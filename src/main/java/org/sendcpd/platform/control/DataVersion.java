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

/**
 * Counts the commits that wrote something through this instance's persistence unit, so that what is
 * worked out from the data (the analysis) can be kept until the data under it changes. EclipseLink
 * creates the listener from persistence.xml, hence the static counter. A commit whose writes cannot
 * be told apart from a read counts as a write: a stale answer is worse than a recomputed one. Only
 * a commit that writes nothing but entities {@link NotReadByAnalysis} does not count.
 */
public class DataVersion extends SessionEventAdapter {

  private static final AtomicLong VERSION = new AtomicLong();
  private static final String BULK_WRITE = DataVersion.class.getName() + ".bulk";

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
    return changes.hasChanges() && !onlyUnread(changes, unit);
  }

  /**
   * A commit that only writes what the analysis never reads (an audit event of a download, a
   * sign-in's time on the account) leaves the data as the analysis sees it.
   */
  private static boolean onlyUnread(UnitOfWorkChangeSet changes, UnitOfWorkImpl unit) {
    Map<?, ?> all = changes.getAllChangeSets();
    return !all.isEmpty()
        && all.keySet().stream()
            .allMatch(
                c ->
                    c instanceof ObjectChangeSet o
                        && o.getClassType(unit).isAnnotationPresent(NotReadByAnalysis.class));
  }
}
