package org.sendcpd.platform.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ModifyAllQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;

/**
 * Counts the commits that wrote something through this instance's persistence unit, per school, so
 * that what is worked out from a school's data (its analysis) can be kept until that school's data
 * changes. EclipseLink creates the listener from persistence.xml, hence the static state. A commit
 * whose writes cannot be told apart from a read, or whose school is not known, counts for every
 * school: a stale answer is worse than a recomputed one. A commit that writes nothing but entities
 * {@link NotReadByAnalysis} does not count; one that writes only {@link SchoolData} (and unread
 * rows) counts for the schools its rows named. In a cluster, every change is also announced to the
 * other instances ({@link ClusterChanges}), which count it as theirs.
 */
public class DataVersion extends SessionEventAdapter {

  private static final AtomicLong LATEST = new AtomicLong();
  private static final AtomicLong EVERY_SCHOOL = new AtomicLong();
  private static final Map<Long, Long> BY_SCHOOL = new ConcurrentHashMap<>();
  private static final String WRITTEN = DataVersion.class.getName() + ".schools";
  private static final Long ALL = -1L;
  private static final String BULK_WRITE = DataVersion.class.getName() + ".bulk";
  private static volatile Consumer<Set<Long>> announcement = schools -> {};

  /** The latest change to any school's data: what covers the whole trust is stale after it. */
  public static long current() {
    return LATEST.get();
  }

  /** The latest change that a school's analysis reads: its own and those of every school. */
  public static long of(long schoolId) {
    return Math.max(EVERY_SCHOOL.get(), BY_SCHOOL.getOrDefault(schoolId, 0L));
  }

  /**
   * Another instance of the cluster wrote the schools' data (none named: every school's): what was
   * worked out here from it is stale.
   */
  public static void changedElsewhere(Set<Long> schools) {
    count(schools);
  }

  /** Who to tell of each change made through this instance (the cluster; nobody on its own). */
  static void announceTo(Consumer<Set<Long>> whom) {
    announcement = whom;
  }

  /**
   * Hears every row of a {@link SchoolData} entity as it is persisted, changed or removed, while
   * its relations can still be read, and notes its schools on the unit of work that writes it.
   */
  private static final DescriptorEventAdapter SCHOOL_ROWS =
      new DescriptorEventAdapter() {
        @Override
        public void prePersist(DescriptorEvent event) {
          noted(event);
        }

        @Override
        public void preUpdateWithChanges(DescriptorEvent event) {
          noted(event);
        }

        @Override
        public void preRemove(DescriptorEvent event) {
          noted(event);
        }
      };

  @Override
  public void preLogin(SessionEvent event) {
    for (ClassDescriptor descriptor : event.getSession().getDescriptors().values()) {
      Class<?> type = descriptor.getJavaClass();
      if (type != null && SchoolData.class.isAssignableFrom(type)) {
        descriptor.getEventManager().addListener(SCHOOL_ROWS);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void noted(DescriptorEvent event) {
    if (event.getSession() instanceof UnitOfWorkImpl unit
        && event.getSource() instanceof SchoolData row) {
      Set<Long> noted = (Set<Long>) unit.getProperty(WRITTEN);
      if (noted == null) {
        noted = new HashSet<>();
        unit.setProperty(WRITTEN, noted);
      }
      Set<Long> schools = schoolsOf(row);
      noted.addAll(schools.isEmpty() ? Set.of(ALL) : schools);
    }
  }

  /** A row whose school cannot be read yet (half built) counts for every school. */
  private static Set<Long> schoolsOf(SchoolData row) {
    try {
      return row.readBySchools();
    } catch (RuntimeException notKnown) {
      return Set.of();
    }
  }

  private static void changed(Set<Long> schools) {
    count(schools);
    announcement.accept(schools);
  }

  private static void count(Set<Long> schools) {
    long stamp = LATEST.incrementAndGet();
    if (schools.isEmpty()) {
      EVERY_SCHOOL.accumulateAndGet(stamp, Math::max);
    } else {
      schools.forEach(school -> BY_SCHOOL.merge(school, stamp, Math::max));
    }
  }

  /** Bulk JPQL and native writes bypass the change set: they are marked on their unit of work. */
  @Override
  public void postExecuteQuery(SessionEvent event) {
    if (event.getQuery() instanceof ModifyAllQuery || event.getQuery() instanceof DataModifyQuery) {
      changed(Set.of());
      event.getSession().setProperty(BULK_WRITE, Boolean.TRUE);
    }
  }

  @Override
  public void postCommitUnitOfWork(SessionEvent event) {
    if (!(event.getSession() instanceof UnitOfWorkImpl unit)) {
      changed(Set.of());
      return;
    }
    Set<Long> written = written(unit);
    if (wrote(unit)) {
      changed(
          ofSchoolsOnly(unit) && !written.isEmpty() && !written.contains(ALL) ? written : Set.of());
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<Long> written(UnitOfWorkImpl unit) {
    Set<Long> noted = (Set<Long>) unit.getProperty(WRITTEN);
    unit.removeProperty(WRITTEN);
    return noted == null ? Set.of() : Set.copyOf(noted);
  }

  /**
   * A unit of work that registered nothing has no change set (a read-only transaction of the
   * container, such as the trust's analysis): it wrote nothing unless it removed or bulk-wrote.
   */
  private static boolean wrote(UnitOfWorkImpl unit) {
    if (unit.getProperty(BULK_WRITE) != null) {
      return true;
    }
    if (unit.getUnitOfWorkChangeSet() == null) {
      return unit.hasDeletedObjects();
    }
    List<Class<?>> written = classesWritten(unit);
    return !written.isEmpty() && !written.stream().allMatch(DataVersion::unread);
  }

  /**
   * Whether every row written or removed is of some schools only, or unread (a sign-in's time on
   * the account, an audit event of a download). Bulk writes cannot be told apart and count for all.
   */
  private static boolean ofSchoolsOnly(UnitOfWorkImpl unit) {
    return unit.getUnitOfWorkChangeSet() != null
        && unit.getProperty(BULK_WRITE) == null
        && classesWritten(unit).stream()
            .allMatch(type -> unread(type) || SchoolData.class.isAssignableFrom(type));
  }

  private static boolean unread(Class<?> type) {
    return type.isAnnotationPresent(NotReadByAnalysis.class);
  }

  private static List<Class<?>> classesWritten(UnitOfWorkImpl unit) {
    List<Class<?>> types = new ArrayList<>();
    UnitOfWorkChangeSet changes = unit.getUnitOfWorkChangeSet();
    for (Object change : changes == null ? Set.of() : changes.getAllChangeSets().keySet()) {
      if (change instanceof ObjectChangeSet o && (o.hasChanges() || o.isNew())) {
        types.add(o.getClassType(unit));
      } else if (!(change instanceof ObjectChangeSet)) {
        types.add(Object.class);
      }
    }
    if (unit.hasDeletedObjects()) {
      unit.getDeletedObjects().keySet().forEach(removed -> types.add(removed.getClass()));
    }
    return types;
  }
}
