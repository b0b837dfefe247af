package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.appraisal.entity.Objective;
import org.sendcpd.appraisal.entity.ObjectiveTarget;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.RecordStatus;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * Whether the CPD serves each priority of a year, for the head and the SENCO of the school (the gap
 * engine's school analysis checks that). Targets count as met when the held level reaches the
 * target now; training counts when its outcomes name a target competence of a linked objective and
 * the person is the objective's. Each appraisal read for it is audited as viewed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PriorityReviews {

  static final String LINKED =
      "SELECT o FROM Objective o JOIN FETCH o.appraisal a JOIN FETCH a.staffMember"
          + " WHERE o.priority.id = :priorityId ORDER BY o.id";
  static final String DONE =
      "SELECT DISTINCT r.id, r.title, r.completedOn, o.competenceLevel.competence.id FROM CpdOutcome o"
          + " JOIN o.record r WHERE r.staffMember.id = :staffId AND r.completedOn >= :since"
          + " AND r.verdict.status IN :statuses";
  static final String PLANNED =
      "SELECT DISTINCT b.id, c.title, t.startsAt, o.competenceLevel.competence.id FROM Booking b JOIN b.session t"
          + " JOIN t.course c JOIN c.outcomes o WHERE b.staffMember.id = :staffId"
          + " AND t.startsAt >= :since AND b.status IN"
          + " :statuses";

  @PersistenceContext EntityManager em;
  @Inject WorkforceAnalyses gaps;
  @Inject DevelopmentPlans plans;
  @Inject AppraisalGate gate;

  public List<PriorityReview> of(long schoolId, String year, LocalDate today) {
    SchoolAnalysis analysis = gaps.school(schoolId, today);
    List<PriorityReview> reviews = new ArrayList<>();
    for (SchoolPriority priority : plans.priorities(schoolId, year)) {
      reviews.add(review(priority, analysis, today));
    }
    return reviews;
  }

  private PriorityReview review(SchoolPriority priority, SchoolAnalysis analysis, LocalDate today) {
    Map<Long, PriorityReview.Person> people = new LinkedHashMap<>();
    Map<Long, TargetProgress.Training> done = new LinkedHashMap<>();
    Map<Long, TargetProgress.Training> planned = new LinkedHashMap<>();
    for (Objective objective :
        em.createQuery(LINKED, Objective.class)
            .setParameter("priorityId", priority.getId())
            .getResultList()) {
      var appraisal = objective.getAppraisal();
      long staffId = appraisal.getStaffMember().getId();
      Map<Long, GapCell> cells = new HashMap<>();
      analysis.gapsOf(staffId).forEach(c -> cells.put(c.competenceId(), c));
      int met = 0;
      for (ObjectiveTarget t : objective.getTargets()) {
        GapCell cell = cells.get(t.getCompetence().getId());
        met += cell != null && cell.held() >= t.getLevelRank() ? 1 : 0;
        LocalDate since = appraisal.getCycle().getStartsOn();
        String who = appraisal.getStaffMember().getFullName();
        training(DONE, staffId, who, since, t.getCompetence().getId(), done);
        training(PLANNED, staffId, who, today.atStartOfDay(), t.getCompetence().getId(), planned);
      }
      PriorityReview.Person before = people.get(staffId);
      int targets = objective.getTargets().size();
      people.put(
          staffId,
          new PriorityReview.Person(
              staffId,
              appraisal.getStaffMember().getFullName(),
              appraisal.getId(),
              targets + (before == null ? 0 : before.targets()),
              met + (before == null ? 0 : before.met())));
      gate.viewed(appraisal);
    }
    return new PriorityReview(
        priority.getId(),
        priority.getTitle(),
        priority.getAreaOfNeed() == null ? null : priority.getAreaOfNeed().name(),
        priority.getStatus().name(),
        List.copyOf(people.values()),
        List.copyOf(done.values()),
        List.copyOf(planned.values()));
  }

  /** Adds the person's records (or bookings) evidencing the competence, one line per id. */
  private void training(
      String jpql,
      long staffId,
      String who,
      Object since,
      long competenceId,
      Map<Long, TargetProgress.Training> into) {
    for (Object[] row :
        em.createQuery(jpql, Object[].class)
            .setParameter("staffId", staffId)
            .setParameter("since", since)
            .setParameter(
                "statuses",
                jpql.equals(DONE) ? Set.of(RecordStatus.VERIFIED) : BookingStatus.ON_THE_WAY)
            .getResultList()) {
      if (((Number) row[3]).longValue() == competenceId) {
        Object on = row[2];
        LocalDate date =
            on instanceof java.time.LocalDateTime at ? at.toLocalDate() : (LocalDate) on;
        into.putIfAbsent(
            ((Number) row[0]).longValue(), new TargetProgress.Training(who + ": " + row[1], date));
      }
    }
  }
}
