package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendcpd.analysis.SchoolTerms;
import org.sendcpd.appraisal.entity.PriorityMeasure;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.Validation;

/**
 * The numbers a priority is judged by, entered by the SENCO or head each term. A measure is dated
 * inside the priority's academic year (a starting point early in September) and never in the
 * future; measures are added, not changed, so the series stays as reported.
 */
@ApplicationScoped
@Transactional
public class PriorityMeasures {

  @PersistenceContext EntityManager em;
  @Inject DevelopmentPlans plans;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  @Inject Validation validation;
  Clock clock = Clock.systemDefaultZone();

  public List<PriorityMeasure> of(long priorityId) {
    SchoolPriority priority = plans.priority(priorityId);
    plans.requireRead(priority.getSchool().getId());
    return em.createNamedQuery(PriorityMeasure.FIND_BY_PRIORITY, PriorityMeasure.class)
        .setParameter("priorityId", priorityId)
        .getResultList();
  }

  public PriorityMeasure add(long priorityId, MeasureDraft draft) {
    SchoolPriority priority = plans.priority(priorityId);
    if (!plans.mayEdit(priority.getSchool().getId())) {
      plans.requireRead(priority.getSchool().getId());
      throw access.refuse(
          "SchoolPriority", priorityId, "Measures are entered by the school's SENCO or head.");
    }
    requireSensible(priority, draft);
    PriorityMeasure measure =
        new PriorityMeasure(
            priority,
            draft.takenOn(),
            draft.label().strip(),
            draft.value(),
            draft.outOf(),
            caller.username());
    validation.require(measure);
    em.persist(measure);
    em.flush();
    audit.record(
        caller.username(),
        "MEASURE_ADDED",
        "SchoolPriority",
        priorityId,
        measure.getLabel()
            + ": "
            + measure.getValue()
            + (measure.getOutOf() == null ? "" : " of " + measure.getOutOf()));
    return measure;
  }

  private void requireSensible(SchoolPriority priority, MeasureDraft draft) {
    List<Map<String, String>> problems = new ArrayList<>();
    if (draft.takenOn() == null) {
      problems.add(problem("takenOn", "give the day the measure was taken"));
    } else {
      int start = SchoolTerms.startYearOf(priority.getAcademicYear());
      LocalDate from = LocalDate.of(start, 9, 1);
      LocalDate to = LocalDate.of(start + 1, 8, 31);
      if (draft.takenOn().isAfter(LocalDate.now(clock))) {
        problems.add(problem("takenOn", "must not be in the future"));
      } else if (draft.takenOn().isBefore(from) || draft.takenOn().isAfter(to)) {
        problems.add(
            problem(
                "takenOn",
                "must fall in the priority's year "
                    + priority.getAcademicYear()
                    + ", 1 September to 31 August"));
      }
    }
    if (draft.label() == null || draft.label().isBlank()) {
      problems.add(problem("label", "say what is counted, e.g. pupils on track in reading"));
    }
    if (draft.value() == null) {
      problems.add(problem("value", "give the count or percentage"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.get(0).get("field") + ": " + problems.get(0).get("message"), problems);
    }
  }

  private static Map<String, String> problem(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
