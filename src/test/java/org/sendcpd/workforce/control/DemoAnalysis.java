package org.sendcpd.workforce.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.sendcpd.appraisal.control.AppraisalWorkforceSource;
import org.sendcpd.assessment.control.ObservationWorkforceSource;
import org.sendcpd.demand.control.DemandWorkforceSource;
import org.sendcpd.deployment.control.DeploymentWorkforceSource;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.control.TrainingWorkforceSource;

/**
 * The analysis of the demo school as WorkforceAnalyses gives it, for tests outside this package.
 */
public final class DemoAnalysis {

  private DemoAnalysis() {}

  /** The application's loader with every component's source, outside the container. */
  public static WorkforceLoader loader(EntityManager em) {
    return WorkforceLoader.of(
        em,
        List.of(
            new TrainingWorkforceSource(),
            new AppraisalWorkforceSource(),
            new DemandWorkforceSource(),
            new ObservationWorkforceSource(),
            new DeploymentWorkforceSource()));
  }

  /** The demo school's analysis on the date, loaded with the application's loader. */
  public static SchoolAnalysis of(JpaTestDatabase db, LocalDate date, int windowDays) {
    return db.inTransaction(
        em -> {
          long schoolId =
              em.createNamedQuery(School.FIND_ALL, School.class).getResultList().get(0).getId();
          WorkforceLoader loader = DemoAnalysis.loader(em);
          return new SchoolAnalysis(schoolId, date, windowDays, loader.load(schoolId, date));
        });
  }

  /** Every school of the demo trust on the date, school by school as TrustParts makes them. */
  public static TrustAnalysis trust(JpaTestDatabase db, LocalDate date, int windowDays) {
    return db.inTransaction(
        em -> {
          WorkforceLoader loader = DemoAnalysis.loader(em);
          WorkforceLoader.Frameworks frameworks = loader.frameworks();
          List<TrustPart> parts =
              List.copyOf(
                  OverlappedParts.make(
                          loader.schoolIds(),
                          schoolId -> loader.load(schoolId, date, frameworks),
                          (schoolId, workforce) ->
                              new SchoolAnalysis(schoolId, date, windowDays, workforce).part(),
                          ForkJoinPool.commonPool())
                      .values());
          return new TrustAnalysis(date, windowDays, parts, loader.competences());
        });
  }

  /** Every school of the demo trust in one analysis of all their rows at once. */
  public static SchoolAnalysis allRowsAtOnce(JpaTestDatabase db, LocalDate date, int windowDays) {
    return db.inTransaction(
        em -> new SchoolAnalysis(null, date, windowDays, loader(em).loadTrust(date)));
  }
}
