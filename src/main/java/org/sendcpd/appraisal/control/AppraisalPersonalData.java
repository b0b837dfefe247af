package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.appraisal.entity.Objective;
import org.sendcpd.organisation.control.PersonalData;

/**
 * What appraisal keeps of one person, for their download: the appraisals in which they are the
 * appraisee, with every objective, its targets and review notes (not those they wrote about
 * others).
 */
@ApplicationScoped
public class AppraisalPersonalData {

  @PersistenceContext EntityManager em;

  public record Target(String competenceCode, int level) {}

  public record Review(String point, String note, LocalDate reviewedOn, String reviewedBy) {}

  public record ObjectiveData(
      long id,
      String text,
      String successCriteria,
      String status,
      String priority,
      List<Target> targets,
      List<Review> reviews) {}

  public record AppraisalData(
      long id, String academicYear, String appraiser, List<ObjectiveData> objectives) {}

  void export(@Observes PersonalData data) {
    data.staffId()
        .ifPresent(
            staffId ->
                data.add(
                    "appraisals",
                    em.createNamedQuery(Appraisal.FIND_BY_STAFF, Appraisal.class)
                        .setParameter("staffId", staffId)
                        .getResultStream()
                        .map(this::appraisal)
                        .toList()));
  }

  private AppraisalData appraisal(Appraisal a) {
    List<ObjectiveData> objectives =
        em.createNamedQuery(Objective.FIND_BY_APPRAISAL, Objective.class)
            .setParameter("appraisalId", a.getId())
            .getResultStream()
            .map(AppraisalPersonalData::objective)
            .toList();
    return new AppraisalData(
        a.getId(), a.getCycle().getAcademicYear(), a.getAppraiser().getFullName(), objectives);
  }

  private static ObjectiveData objective(Objective o) {
    return new ObjectiveData(
        o.getId(),
        o.getText(),
        o.getSuccessCriteria(),
        o.getStatus().name(),
        o.getPriority() == null ? null : o.getPriority().getTitle(),
        o.getTargets().stream()
            .map(t -> new Target(t.getCompetence().getCode(), t.getLevelRank()))
            .toList(),
        o.getReviews().stream()
            .map(
                r ->
                    new Review(
                        r.getReviewPoint().name(),
                        r.getNote(),
                        r.getReviewedOn(),
                        r.getReviewedBy()))
            .toList());
  }
}
