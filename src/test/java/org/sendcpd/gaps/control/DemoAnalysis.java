package org.sendcpd.gaps.control;

import java.time.LocalDate;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.JpaTestDatabase;

/** The analysis of the demo school as GapService gives it, for tests outside this package. */
public final class DemoAnalysis {

  private DemoAnalysis() {}

  /** The demo school's analysis on the date, loaded with the application's loader. */
  public static SchoolAnalysis of(JpaTestDatabase db, LocalDate date, int windowDays) {
    return db.inTransaction(
        em -> {
          long schoolId =
              em.createNamedQuery(School.FIND_ALL, School.class).getResultList().get(0).getId();
          WorkforceLoader loader = new WorkforceLoader();
          loader.em = em;
          return new SchoolAnalysis(schoolId, date, windowDays, loader.load(schoolId, date));
        });
  }

  /** Every school of the demo trust on the date, as GapService.trust gives it. */
  public static SchoolAnalysis trust(JpaTestDatabase db, LocalDate date, int windowDays) {
    return db.inTransaction(
        em -> {
          WorkforceLoader loader = new WorkforceLoader();
          loader.em = em;
          return new SchoolAnalysis(null, date, windowDays, loader.loadTrust(date));
        });
  }
}
