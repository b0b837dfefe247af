package org.sendcpd.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.platform.control.DataVersion;

/**
 * One school's analysis per reference date, kept while no write to what that school's analysis
 * reads has committed since it was worked out (another school's bookings leave it; see {@link
 * DataVersion#of}): the matrix, the API and the reports ask for the same school and day again and
 * again, and the answer only changes when the data does. The version is read before the work
 * starts, so a write that commits meanwhile leaves the entry stale at once. Only single schools are
 * kept (the trust is put together from its schools' parts, see {@link TrustParts}), up to the size
 * (by default two dates of each school of a large trust), the least recently used first; they are
 * held softly, so on a small heap the collector drops them rather than run out of memory. A size of
 * 0 turns the cache off. In a trust's cluster another instance's write ends the kept analyses too
 * (announced over the data grid as it commits; see {@code ClusterChanges}). Requests that ask for
 * the same school and date while it is being worked out wait for that one piece of work.
 */
@ApplicationScoped
public class AnalysisCache {

  private record Key(long schoolId, LocalDate date) {}

  /** Held softly: under memory pressure the collector drops kept analyses before it fails. */
  private record Entry(long version, SoftReference<SchoolAnalysis> held) {

    Entry(long version, SchoolAnalysis analysis) {
      this(version, new SoftReference<>(analysis));
    }

    SchoolAnalysis current(long schoolId) {
      return version == DataVersion.of(schoolId) ? held.get() : null;
    }
  }

  /** A school's analysis being worked out for a version of the data. */
  private record Loading(long version, CompletableFuture<SchoolAnalysis> result) {}

  @Inject
  @ConfigProperty(name = "cpd.analysis.cache-size", defaultValue = "200")
  int size;

  private static final Semaphore WORKING =
      new Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);

  private final Map<Key, Entry> entries = new LinkedHashMap<>(32, 0.75f, true);
  private final Map<Key, Loading> loading = new HashMap<>();

  /** The school's analysis of the date if one is kept and still current, without working it out. */
  public Optional<SchoolAnalysis> kept(long schoolId, LocalDate date) {
    synchronized (entries) {
      Entry kept = entries.get(new Key(schoolId, date));
      return Optional.ofNullable(kept == null ? null : kept.current(schoolId));
    }
  }

  public SchoolAnalysis school(long schoolId, LocalDate date, Supplier<SchoolAnalysis> work) {
    if (size <= 0) {
      return work.get();
    }
    long version = DataVersion.of(schoolId);
    Key key = new Key(schoolId, date);
    Loading mine;
    Loading theirs;
    synchronized (entries) {
      Entry kept = entries.get(key);
      SchoolAnalysis current = kept == null || kept.version() != version ? null : kept.held().get();
      if (current != null) {
        return current;
      }
      theirs = loading.get(key);
      mine =
          theirs != null && theirs.version() == version
              ? null
              : new Loading(version, new CompletableFuture<>());
      if (mine != null) {
        loading.put(key, mine);
      }
    }
    return mine == null ? awaited(theirs) : worked(key, mine, work);
  }

  /**
   * Works the analysis out once for everyone who asks meanwhile: a large school's takes seconds and
   * hundreds of megabytes, which several requests working it out side by side would multiply.
   */
  private SchoolAnalysis worked(Key key, Loading mine, Supplier<SchoolAnalysis> work) {
    try {
      SchoolAnalysis fresh = withPermit(work);
      synchronized (entries) {
        loading.remove(key, mine);
        entries.put(key, new Entry(mine.version(), fresh));
        entries
            .entrySet()
            .removeIf(e -> e.getValue().version() != DataVersion.of(e.getKey().schoolId()));
        while (entries.size() > size) {
          entries.remove(entries.keySet().iterator().next());
        }
      }
      mine.result().complete(fresh);
      return fresh;
    } catch (RuntimeException | Error e) {
      synchronized (entries) {
        loading.remove(key, mine);
      }
      mine.result().completeExceptionally(e);
      throw e;
    }
  }

  /**
   * At most two analyses per core are worked out at once; other askers wait their turn. Each holds
   * a school's rows and matrix (tens of megabytes for a large school), and a hundred first asks of
   * different schools at once ran a 1 GB heap out, while two cores work no faster on more.
   */
  private SchoolAnalysis withPermit(Supplier<SchoolAnalysis> work) {
    WORKING.acquireUninterruptibly();
    try {
      return work.get();
    } finally {
      WORKING.release();
    }
  }

  private static SchoolAnalysis awaited(Loading theirs) {
    try {
      return theirs.result().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
