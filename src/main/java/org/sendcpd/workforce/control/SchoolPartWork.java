package org.sendcpd.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Works out one school's part of the trust. */
@ApplicationScoped
public class SchoolPartWork {

  @Inject WorkforceLoader loader;
  @Inject AnalysisCache cache;

  /** From the school's kept analysis when there is one, else from its rows. */
  public TrustPart part(long schoolId, LocalDate date, int windowDays) {
    return cache
        .kept(schoolId, date)
        .filter(a -> a.windowDays() == windowDays)
        .orElseGet(
            () -> new SchoolAnalysis(schoolId, date, windowDays, loader.load(schoolId, date)))
        .part();
  }
}
