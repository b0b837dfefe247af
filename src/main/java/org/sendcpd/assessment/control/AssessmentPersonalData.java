package org.sendcpd.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.sendcpd.assessment.entity.Observation;
import org.sendcpd.assessment.entity.SelfAssessment;
import org.sendcpd.organisation.control.Anonymisation;
import org.sendcpd.organisation.control.PersonalData;

/**
 * What this component keeps of one person: for "Download my data", the observations of them (with
 * who saw it) and every rating of their own confidence; under the retention rule, a leaver's
 * observation notes go, while the levels seen and the ratings stay (they are figures, not words).
 */
@ApplicationScoped
public class AssessmentPersonalData {

  public record ObservationData(
      String competenceCode, int level, LocalDate observedOn, String note, String observedBy) {}

  public record RatingData(String competenceCode, int confidence, LocalDate assessedOn) {}

  @PersistenceContext EntityManager em;

  void export(@Observes PersonalData data) {
    data.staffId()
        .ifPresent(
            staffId -> {
              data.add(
                  "observations",
                  em.createNamedQuery(Observation.FIND_BY_STAFF, Observation.class)
                      .setParameter("staffId", staffId)
                      .getResultStream()
                      .map(
                          o ->
                              new ObservationData(
                                  o.getCompetence().getCode(),
                                  o.getLevel(),
                                  o.getObservedOn(),
                                  o.getNote(),
                                  o.getObserver().getFullName()))
                      .toList());
              data.add(
                  "selfAssessments",
                  em.createNamedQuery(SelfAssessment.FIND_BY_STAFF, SelfAssessment.class)
                      .setParameter("staffId", staffId)
                      .getResultStream()
                      .map(
                          a ->
                              new RatingData(
                                  a.getCompetence().getCode(),
                                  a.getConfidence(),
                                  a.getAssessedOn()))
                      .toList());
            });
  }

  void anonymise(@Observes Anonymisation leaver) {
    em.createQuery("UPDATE Observation o SET o.note = :removed WHERE o.staffMember.id = :staffId")
        .setParameter("removed", Anonymisation.REMOVED)
        .setParameter("staffId", leaver.staffId())
        .executeUpdate();
    em.flush();
  }
}
