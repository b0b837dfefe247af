package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.appraisal.entity.Objective;
import org.sendcpd.appraisal.entity.ObjectiveTarget;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.FrameworkLevel;
import org.sendcpd.organisation.control.PeopleNames;

/** Turns an appraisal into the sheet a caller may read, leaving the notes out when they may not. */
@ApplicationScoped
public class SheetMaker {

  @PersistenceContext EntityManager em;
  @Inject PeopleNames names;

  public AppraisalSheet sheet(
      Appraisal appraisal, AppraisalSight sight, boolean editable, boolean mayAddNote) {
    Map<String, String> levels = levelNames();
    List<AppraisalSheet.ObjectiveSheet> objectives =
        em
            .createNamedQuery(Objective.FIND_BY_APPRAISAL, Objective.class)
            .setParameter("appraisalId", appraisal.getId())
            .getResultList()
            .stream()
            .map(o -> objective(o, sight, levels))
            .toList();
    var cycle = appraisal.getCycle();
    return new AppraisalSheet(
        appraisal.getId(),
        appraisal.getStaffMember().getId(),
        appraisal.getStaffMember().getFullName(),
        appraisal.getStaffMember().getSchool().getId(),
        appraisal.getAppraiser().getId(),
        appraisal.getAppraiser().getFullName(),
        cycle.getId(),
        cycle.getAcademicYear(),
        cycle.getStartsOn(),
        cycle.isOpen(),
        sight,
        editable,
        mayAddNote,
        objectives);
  }

  private AppraisalSheet.ObjectiveSheet objective(
      Objective o, AppraisalSight sight, Map<String, String> levels) {
    List<AppraisalSheet.ReviewSheet> reviews =
        sight == AppraisalSight.FULL
            ? o.getReviews().stream()
                .map(
                    r ->
                        new AppraisalSheet.ReviewSheet(
                            r.getReviewPoint(),
                            r.getNote(),
                            r.getReviewedOn(),
                            names.of(r.getReviewedBy())))
                .toList()
            : null;
    return new AppraisalSheet.ObjectiveSheet(
        o.getId(),
        o.getText(),
        o.getPriority() == null ? null : o.getPriority().getId(),
        o.getPriority() == null ? null : o.getPriority().getTitle(),
        o.getSuccessCriteria(),
        o.getStatus(),
        o.getTargets().stream().map(t -> target(t, levels)).toList(),
        reviews);
  }

  private static AppraisalSheet.TargetSheet target(ObjectiveTarget t, Map<String, String> levels) {
    Competence c = t.getCompetence();
    String name = levels.get(key(c.getArea().getFramework().getId(), t.getLevelRank()));
    return new AppraisalSheet.TargetSheet(
        c.getId(),
        c.getCode(),
        c.getStatement(),
        t.getLevelRank(),
        name == null ? "Level " + t.getLevelRank() : name);
  }

  /** Every framework's level names keyed "frameworkId/rank", in one query. */
  Map<String, String> levelNames() {
    Map<String, String> names = new HashMap<>();
    em.createQuery("SELECT l FROM FrameworkLevel l JOIN FETCH l.framework", FrameworkLevel.class)
        .getResultList()
        .forEach(l -> names.put(key(l.getFramework().getId(), l.getRank()), l.getName()));
    return names;
  }

  static String key(long frameworkId, int rank) {
    return frameworkId + "/" + rank;
  }
}
