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
 * a commit that writes nothing but entities {@link NotReadByAnalysis} does not count. In a cluster,
 * every change is also announced to the other instances ({@link ClusterChanges}), which count it as
 * theirs, so the analyses they keep end with it too.
 */
public class DataVersion extends SessionEventAdapter {

  private static final AtomicLong VERSION = new AtomicLong();
  private static final String BULK_WRITE = DataVersion.class.getName() + ".bulk";
  private static volatile Runnable announcement = () -> {};

  public static long current() {
    return VERSION.get();
  }

  /** Another instance of the cluster wrote: what was worked out here from the data is stale. */
  public static void changedElsewhere() {
    VERSION.incrementAndGet();
  }

  /** Who to tell of each change made through this instance (the cluster; nobody on its own). */
  static void announceTo(Runnable whom) {
    announcement = whom;
  }

  private static void changed() {
    VERSION.incrementAndGet();
    announcement.run();
  }

  /** Bulk JPQL and native writes bypass the change set: they are marked on their unit of work. */
  @Override
  public void postExecuteQuery(SessionEvent event) {
    if (event.getQuery() instanceof ModifyAllQuery || event.getQuery() instanceof DataModifyQuery) {
      changed();
      event.getSession().setProperty(BULK_WRITE, Boolean.TRUE);
    }
  }

  @Override
  public void postCommitUnitOfWork(SessionEvent event) {
    if (event.getSession() instanceof UnitOfWorkImpl unit && !wrote(unit)) {
      return;
    }
    changed();
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
