package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendcpd.analysis.ClosingCourse;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.RecordStatus;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * Puts the training record beside each objective of an appraisal the caller has already been
 * allowed to read: the gap engine's cell for every target, the bookings on coming sessions and the
 * verified records since the cycle began whose outcomes name a target competence.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObjectiveProgress {

  static final String BOOKED =
      "SELECT DISTINCT o.competenceLevel.competence.id, c.title, t.startsAt FROM Booking b JOIN b.session t"
          + " JOIN t.course c JOIN c.outcomes o WHERE b.staffMember.id = :staffId"
          + " AND t.startsAt >= :from AND t.status IN"
          + " :open AND b.status IN :statuses ORDER BY t.startsAt";
  static final String DONE =
      "SELECT DISTINCT o.competenceLevel.competence.id, r.title, r.completedOn FROM CpdOutcome o JOIN o.record r"
          + " WHERE r.staffMember.id = :staffId AND r.completedOn >= :since"
          + " AND r.verdict.status IN :statuses"
          + " ORDER BY r.completedOn";

  @PersistenceContext EntityManager em;
  @Inject WorkforceAnalyses gaps;

  /** Progress per objective id, in the sheet's order of targets. */
  public Map<Long, List<TargetProgress>> of(AppraisalSheet sheet, LocalDate today) {
    StaffMember person = em.find(StaffMember.class, sheet.staffId());
    SchoolAnalysis analysis = gaps.forPerson(person, today);
    Map<Long, GapCell> cells = new HashMap<>();
    analysis.gapsOf(sheet.staffId()).forEach(c -> cells.put(c.competenceId(), c));
    Map<Long, List<TargetProgress.Training>> booked =
        training(BOOKED, "from", today.atStartOfDay(), sheet.staffId());
    Map<Long, List<TargetProgress.Training>> done =
        training(DONE, "since", sheet.cycleStartsOn(), sheet.staffId());
    Map<Long, List<TargetProgress>> progress = new HashMap<>();
    for (AppraisalSheet.ObjectiveSheet objective : sheet.objectives()) {
      List<TargetProgress> rows = new ArrayList<>();
      for (AppraisalSheet.TargetSheet target : objective.targets()) {
        GapCell cell = cells.get(target.competenceId());
        int held = cell == null ? 0 : cell.held();
        String status = cell == null ? GapStatus.NOT_REQUIRED.name() : cell.status().name();
        rows.add(
            new TargetProgress(
                target,
                status,
                cell == null ? 0 : cell.required(),
                held,
                held == 0 ? null : analysis.competence(target.competenceId()).levelName(held),
                held >= target.level(),
                booked.getOrDefault(target.competenceId(), List.of()),
                done.getOrDefault(target.competenceId(), List.of()),
                cell == null || held >= target.level() ? List.of() : offers(analysis, cell)));
      }
      progress.put(objective.id(), rows);
    }
    return progress;
  }

  private static List<TargetProgress.Offer> offers(SchoolAnalysis analysis, GapCell cell) {
    List<TargetProgress.Offer> offers = new ArrayList<>();
    for (ClosingCourse course : analysis.howToClose(cell)) {
      course.nextSessions().stream()
          .filter(s -> s.freePlaces() > 0 && !s.personBooked())
          .forEach(
              s ->
                  offers.add(
                      new TargetProgress.Offer(
                          s.sessionId(), course.title(), s.startsAt(), s.freePlaces())));
    }
    return offers;
  }

  private Map<Long, List<TargetProgress.Training>> training(
      String jpql, String param, Object from, long staffId) {
    Map<Long, List<TargetProgress.Training>> found = new HashMap<>();
    var query =
        em.createQuery(jpql, Object[].class)
            .setParameter("staffId", staffId)
            .setParameter(param, from);
    if (jpql.equals(DONE)) {
      query.setParameter("statuses", Set.of(RecordStatus.VERIFIED));
    } else {
      query
          .setParameter("open", SessionStatus.OPEN)
          .setParameter("statuses", BookingStatus.ON_THE_WAY);
    }
    for (Object[] row : query.getResultList()) {
      Object on = row[2];
      LocalDate date = on instanceof java.time.LocalDateTime at ? at.toLocalDate() : (LocalDate) on;
      found
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
          .add(new TargetProgress.Training((String) row[1], date));
    }
    return found;
  }
}
