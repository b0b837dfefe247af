package org.sendcpd.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.platform.control.DataVersion;

/**
 * One school's analysis per reference date, kept while no write has committed since it was worked
 * out: the matrix, the API and the reports ask for the same school and day again and again, and the
 * answer only changes when the data does. The version is read before the work starts, so a write
 * that commits meanwhile leaves the entry stale at once. Only single schools are kept (a trust's
 * workforce is far larger), the least recently used go first, and a size of 0 turns the cache off:
 * the trust set-up does, since one instance does not see another's writes.
 */
@ApplicationScoped
public class AnalysisCache {

  private record Key(long schoolId, LocalDate date) {}

  private record Entry(long version, SchoolAnalysis analysis) {}

  @Inject
  @ConfigProperty(name = "cpd.analysis.cache-size", defaultValue = "16")
  int size;

  private final Map<Key, Entry> entries = new LinkedHashMap<>(32, 0.75f, true);

  public SchoolAnalysis school(long schoolId, LocalDate date, Supplier<SchoolAnalysis> work) {
    if (size <= 0) {
      return work.get();
    }
    long version = DataVersion.current();
    Key key = new Key(schoolId, date);
    synchronized (entries) {
      Entry kept = entries.get(key);
      if (kept != null && kept.version() == version) {
        return kept.analysis();
      }
    }
    SchoolAnalysis fresh = work.get();
    synchronized (entries) {
      entries.put(key, new Entry(version, fresh));
      entries.entrySet().removeIf(e -> e.getValue().version() != version);
      while (entries.size() > size) {
        entries.remove(entries.keySet().iterator().next());
      }
    }
    return fresh;
  }
}
