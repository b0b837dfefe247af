package org.sendcpd.workforce.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sendcpd.platform.control.DataVersion;

/**
 * The whole trust analysed school by school, each school's part kept until that school's data
 * changes ({@link DataVersion#of}): after one school's bookings, the trust's capacity is that one
 * school worked out again and the others' parts as they were. A school's part comes from its kept
 * analysis when there is one; otherwise the school's rows are loaded, analysed and let go, two
 * schools at a time (one per core), so the server never holds the whole trust's rows. Parts are
 * kept for the few dates asked last (each date a part per school), and the trust last put together
 * is answered again while none of its parts has changed.
 */
@ApplicationScoped
public class TrustParts {

  static final int DATES_KEPT = 3;

  private record Kept(long version, int windowDays, TrustPart part) {}

  /** The trust last put together, with the very parts it was put together from. */
  private record Whole(LocalDate date, int windowDays, List<TrustPart> parts, TrustAnalysis trust) {

    boolean madeOf(LocalDate date, int windowDays, List<TrustPart> parts) {
      if (!this.date.equals(date) || this.windowDays != windowDays) {
        return false;
      }
      if (this.parts.size() != parts.size()) {
        return false;
      }
      for (int i = 0; i < parts.size(); i++) {
        if (this.parts.get(i) != parts.get(i)) {
          return false;
        }
      }
      return true;
    }
  }

  @Inject WorkforceLoader loader;
  @Inject SchoolPartWork work;
  @Resource ManagedExecutorService executor;

  private final Map<LocalDate, Map<Long, Kept>> byDate = new LinkedHashMap<>(8, 0.75f, true);
  private volatile Whole last;

  /**
   * Every school of the trust on the date. In a transaction of its own when there is none: a report
   * job analyses the trust on a managed thread, where an entity manager outside a transaction is
   * closed after its first query.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public TrustAnalysis trust(LocalDate date, int windowDays) {
    List<Long> schools = loader.schoolIds();
    Map<Long, TrustPart> parts = new HashMap<>();
    Queue<Long> toDo = new ConcurrentLinkedQueue<>();
    for (long schoolId : schools) {
      Kept kept = kept(date, schoolId);
      if (kept != null
          && kept.version() == DataVersion.of(schoolId)
          && kept.windowDays() == windowDays) {
        parts.put(schoolId, kept.part());
      } else {
        toDo.add(schoolId);
      }
    }
    for (Map.Entry<Long, SchoolPartWork.Done> done : worked(toDo, date, windowDays).entrySet()) {
      parts.put(done.getKey(), done.getValue().part());
      keep(
          date,
          done.getKey(),
          new Kept(done.getValue().version(), windowDays, done.getValue().part()));
    }
    List<TrustPart> ordered = schools.stream().map(parts::get).toList();
    Whole whole = last;
    if (whole != null && whole.madeOf(date, windowDays, ordered)) {
      return whole.trust();
    }
    TrustAnalysis trust = new TrustAnalysis(date, windowDays, ordered, loader.competences());
    last = new Whole(date, windowDays, ordered, trust);
    return trust;
  }

  /**
   * The schools' parts, worked out by this thread and one worker side by side. This thread works
   * too, so the answer never waits on a worker the pool has not started (a report job asking for
   * the trust already holds one of the pool's threads).
   */
  private Map<Long, SchoolPartWork.Done> worked(Queue<Long> toDo, LocalDate date, int windowDays) {
    Map<Long, SchoolPartWork.Done> done = new ConcurrentHashMap<>();
    if (toDo.isEmpty()) {
      return done;
    }
    // the worker starts only if the asker has not finished first; once started, it is awaited
    AtomicBoolean claimed = new AtomicBoolean();
    Future<?> helper =
        toDo.size() > 1
            ? executor.submit(
                () -> {
                  if (claimed.compareAndSet(false, true)) {
                    work.drain(toDo, done, date, windowDays);
                  }
                })
            : null;
    work.drain(toDo, done, date, windowDays);
    if (helper != null && !claimed.compareAndSet(false, true)) {
      awaitHelper(helper);
    }
    return done;
  }

  private static void awaitHelper(Future<?> helper) {
    try {
      helper.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the trust was being analysed", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Kept kept(LocalDate date, long schoolId) {
    synchronized (byDate) {
      Map<Long, Kept> parts = byDate.get(date);
      return parts == null ? null : parts.get(schoolId);
    }
  }

  private void keep(LocalDate date, long schoolId, Kept kept) {
    synchronized (byDate) {
      byDate.computeIfAbsent(date, d -> new HashMap<>()).put(schoolId, kept);
      while (byDate.size() > DATES_KEPT) {
        byDate.remove(byDate.keySet().iterator().next());
      }
    }
  }
}
