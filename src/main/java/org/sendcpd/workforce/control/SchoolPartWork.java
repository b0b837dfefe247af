package org.sendcpd.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Queue;
import org.sendcpd.platform.control.DataVersion;

/**
 * Works out schools' parts of the trust from a shared list until it is empty, in a transaction (a
 * worker thread has none of its own): two of these share one list so that both cores load and
 * analyse schools while the asker waits.
 */
@ApplicationScoped
public class SchoolPartWork {

  /** A school's part with the version of its data it was worked out from. */
  record Done(long version, TrustPart part) {}

  @Inject WorkforceLoader loader;
  @Inject AnalysisCache cache;

  @Transactional(Transactional.TxType.REQUIRED)
  public void drain(Queue<Long> schools, Map<Long, Done> done, LocalDate date, int windowDays) {
    for (Long schoolId = schools.poll(); schoolId != null; schoolId = schools.poll()) {
      done.put(schoolId, part(schoolId, date, windowDays));
    }
  }

  /** From the school's kept analysis when there is one, else from its rows. */
  private Done part(long schoolId, LocalDate date, int windowDays) {
    long version = DataVersion.of(schoolId);
    TrustPart part =
        cache
            .kept(schoolId, date)
            .filter(a -> a.windowDays() == windowDays)
            .orElseGet(
                () -> new SchoolAnalysis(schoolId, date, windowDays, loader.load(schoolId, date)))
            .part();
    return new Done(version, part);
  }
}
