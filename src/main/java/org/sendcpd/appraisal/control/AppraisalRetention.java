package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sendcpd.appraisal.entity.Objective;
import org.sendcpd.organisation.control.Anonymisation;

/**
 * A leaver's appraisals under the retention rule: the appraisals, objectives, their targets and
 * statuses stay (what was aimed at and met counts), the words of objectives, success criteria and
 * review notes go.
 */
@ApplicationScoped
public class AppraisalRetention {

  @PersistenceContext EntityManager em;

  void anonymise(@Observes Anonymisation leaver) {
    em.createQuery(
            "SELECT o FROM Objective o WHERE o.appraisal.staffMember.id = :staffId",
            Objective.class)
        .setParameter("staffId", leaver.staffId())
        .getResultList()
        .forEach(
            o -> {
              o.setText(Anonymisation.REMOVED);
              o.setSuccessCriteria(null);
            });
    em.createQuery(
            "UPDATE ObjectiveReview r SET r.note = :removed WHERE r.objective.id IN"
                + " (SELECT o.id FROM Objective o WHERE o.appraisal.staffMember.id = :staffId)")
        .setParameter("removed", Anonymisation.REMOVED)
        .setParameter("staffId", leaver.staffId())
        .executeUpdate();
    em.flush();
  }
}
