package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.appraisal.entity.Objective;
import org.sendcpd.appraisal.entity.ReviewPoint;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.FrameworkLevel;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;

/**
 * Sets objectives and writes review notes. Objectives are the appraiser's, the line manager's or
 * the head's to set ({@link AppraisalRules#mayEdit}); targets name any framework's competence at a
 * level on its own ladder; the priority must be the school's, of the cycle's year. Bad input
 * changes nothing and says which field.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class Objectives {

  @PersistenceContext EntityManager em;
  @Inject Appraisals appraisals;
  @Inject AppraisalGate gate;
  @Inject AuditLog audit;
  @Inject Validation validation;

  public Objective add(long appraisalId, ObjectiveDraft draft) {
    Appraisal appraisal = appraisals.find(appraisalId);
    gate.requireEdit(appraisal);
    Objective objective = new Objective(appraisal, draft == null ? null : draft.text());
    apply(objective, draft);
    em.persist(objective);
    em.flush();
    audit.change(
        gate.username(),
        "OBJECTIVE_CREATED",
        "Objective",
        objective.getId(),
        Changes.created(fields(objective)));
    return objective;
  }

  /** A review note by the appraisee, their manager or the head at one review point. */
  public void review(long objectiveId, ReviewPoint point, String note, LocalDate on) {
    Objective objective = find(objectiveId);
    gate.requireNote(objective.getAppraisal());
    if (point == null || note == null || note.isBlank()) {
      throw new InvalidInputException("A review note needs a review point and some text");
    }
    objective.addReview(point, note.strip(), on, gate.username());
    validation.require(objective);
    audit.change(
        gate.username(),
        "OBJECTIVE_REVIEWED",
        "Objective",
        objectiveId,
        Changes.of().field(point.name() + " review on " + on, null, note.strip()));
  }

  /** What the audit log compares of an objective; the priority by id, targets as code:level. */
  static Changes.Snapshot fields(Objective o) {
    return Changes.Snapshot.empty()
        .with("appraisalId", o.getAppraisal().getId())
        .with("text", o.getText())
        .with("priorityId", o.getPriority() == null ? null : o.getPriority().getId())
        .with("successCriteria", o.getSuccessCriteria())
        .with("status", o.getStatus())
        .with(
            "targets",
            o.getTargets().stream()
                .map(t -> t.getCompetence().getCode() + ":" + t.getLevelRank())
                .toList());
  }

  public Objective find(long objectiveId) {
    Objective objective = em.find(Objective.class, objectiveId);
    if (objective == null) {
      throw new jakarta.ws.rs.NotFoundException("There is no objective " + objectiveId);
    }
    return objective;
  }

  private void apply(Objective objective, ObjectiveDraft draft) {
    if (draft == null) {
      throw new InvalidInputException("Send the objective: text, priorityId, targets, status");
    }
    List<Map<String, String>> errors = new ArrayList<>();
    Appraisal appraisal = objective.getAppraisal();
    SchoolPriority priority = priority(draft.priorityId(), appraisal, errors);
    List<Object[]> targets = targets(draft.targets(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Some fields are not valid", errors);
    }
    objective.setText(draft.text() == null ? null : draft.text().strip());
    objective.setPriority(priority);
    objective.setSuccessCriteria(blankToNull(draft.successCriteria()));
    if (draft.status() != null) {
      objective.setStatus(draft.status());
    }
    objective.clearTargets();
    em.flush(); // the old targets go before the new ones meet the unique constraint
    targets.forEach(t -> objective.addTarget((Competence) t[0], (int) t[1]));
    validation.require(objective);
  }

  private SchoolPriority priority(Long id, Appraisal appraisal, List<Map<String, String>> errors) {
    if (id == null) {
      return null;
    }
    SchoolPriority priority = em.find(SchoolPriority.class, id);
    if (priority == null
        || !priority.getSchool().getId().equals(appraisal.getCycle().getSchool().getId())
        || !priority.getAcademicYear().equals(appraisal.getCycle().getAcademicYear())) {
      errors.add(
          Map.of("field", "priorityId", "message", "not a priority of this school and year"));
    }
    return priority;
  }

  private List<Object[]> targets(
      List<ObjectiveDraft.TargetDraft> drafts, List<Map<String, String>> errors) {
    List<Object[]> targets = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<ObjectiveDraft.TargetDraft> all = drafts == null ? List.of() : drafts;
    for (int i = 0; i < all.size(); i++) {
      ObjectiveDraft.TargetDraft t = all.get(i);
      String field = "targets[" + i + "]";
      Competence c =
          t == null || t.competenceCode() == null
              ? null
              : em.createNamedQuery(Competence.FIND_BY_CODE, Competence.class)
                  .setParameter("code", t.competenceCode().strip())
                  .getResultStream()
                  .findFirst()
                  .orElse(null);
      if (c == null) {
        errors.add(Map.of("field", field + ".competenceCode", "message", "no such competence"));
      } else if (!seen.add(c.getCode())) {
        errors.add(Map.of("field", field + ".competenceCode", "message", "named twice"));
      } else if (t.level() == null || t.level() < 1 || t.level() > ladderTop(c)) {
        errors.add(Map.of("field", field + ".level", "message", "must be 1 to " + ladderTop(c)));
      } else {
        targets.add(new Object[] {c, t.level()});
      }
    }
    return targets;
  }

  /** The top rung of the competence's ladder; a framework without levels has one (held). */
  private int ladderTop(Competence c) {
    int top =
        em.createNamedQuery(FrameworkLevel.FIND_BY_FRAMEWORK, FrameworkLevel.class)
            .setParameter("frameworkId", c.getArea().getFramework().getId())
            .getResultList()
            .size();
    return Math.max(top, 1);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
