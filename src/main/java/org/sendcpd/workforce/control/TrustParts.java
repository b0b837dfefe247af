package org.sendcpd.workforce.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.sendcpd.platform.control.DataVersion;

/**
 * The whole trust analysed school by school, each school's part kept until that school's data
 * changes ({@link DataVersion#of}): after one school's bookings, the trust's capacity is that one
 * school worked out again and the others' parts as they were. A school's part comes from its kept
 * analysis when there is one; otherwise the school's rows are loaded, analysed and let go before
 * the next, so the server never holds the whole trust's rows. A school is loaded while the one
 * before is analysed ({@link OverlappedParts}); loading stays on the asking thread (two schools
 * loaded on a pool thread was tried: the worker's end closed the request's entity manager). Parts
 * are kept for the few dates asked last (each date a part per school), and the trust last put
 * together is answered again while none of its parts has changed.
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
  @Inject AnalysisCache cache;

  @Resource ManagedThreadFactory threads;

  /**
   * Analyses only (no entity manager crosses to them): see OverlappedParts. A pool of its own, not
   * the server's executor, where a report job asking for the trust would wait on its own queue.
   */
  private ThreadPoolExecutor analysing;

  @PostConstruct
  void start() {
    int cores = Runtime.getRuntime().availableProcessors();
    analysing =
        new ThreadPoolExecutor(
            cores, cores, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), threads);
    analysing.allowCoreThreadTimeOut(true);
  }

  @PreDestroy
  void stop() {
    analysing.shutdownNow();
  }

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
    List<Long> toDo = new ArrayList<>();
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
    Map<Long, Long> versions = new HashMap<>();
    List<Long> toLoad = new ArrayList<>();
    for (Long schoolId : toDo) {
      versions.put(schoolId, DataVersion.of(schoolId));
      Optional<SchoolAnalysis> analysed =
          cache.kept(schoolId, date).filter(a -> a.windowDays() == windowDays);
      if (analysed.isPresent()) {
        parts.put(schoolId, analysed.get().part());
      } else {
        toLoad.add(schoolId);
      }
    }
    WorkforceLoader.Frameworks frameworks = toLoad.isEmpty() ? null : loader.frameworks();
    parts.putAll(
        OverlappedParts.make(
            toLoad,
            schoolId -> loader.load(schoolId, date, frameworks),
            (schoolId, workforce) ->
                new SchoolAnalysis(schoolId, date, windowDays, workforce).part(),
            analysing));
    for (Long schoolId : toDo) {
      keep(date, schoolId, new Kept(versions.get(schoolId), windowDays, parts.get(schoolId)));
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
