package org.sendcpd.appraisal.control;

import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import org.sendcpd.appraisal.entity.ActionStatus;
import org.sendcpd.appraisal.entity.AppraisalCycle;
import org.sendcpd.appraisal.entity.DevelopmentPlan;
import org.sendcpd.appraisal.entity.PriorityAction;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;

/**
 * The SEND development plan of a school and year: its SWOT, priorities and their actions. Every
 * member of staff of the school reads it (and those who see the school); the SENCO and the head of
 * the school change it, and each change is audited.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class DevelopmentPlans {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  @Inject Validation validation;
  @Inject EditGuard guard;

  public void requireRead(long schoolId) {
    if (!Objects.equals(caller.schoolId().orElse(null), schoolId)
        && !access.maySeeSchool(schoolId)) {
      throw access.deny("School", schoolId, "another school's development plan");
    }
  }

  /** For an account that belongs to no school and sees none. */
  public RuntimeException denyNoSchool() {
    return access.deny("School", null, "no development plan for this account");
  }

  public boolean mayEdit(long schoolId) {
    return caller.hasAny(SENCO, HEAD) && Objects.equals(caller.schoolId().orElse(null), schoolId);
  }

  private void requireEdit(long schoolId) {
    if (!mayEdit(schoolId)) {
      throw access.deny("School", schoolId, "the plan is the SENCO's and the head's to change");
    }
  }

  /** The year screens open on: the school's open appraisal cycle's, else the one today is in. */
  public String currentYear(long schoolId, LocalDate today) {
    return em.createNamedQuery(AppraisalCycle.FIND_OPEN_BY_SCHOOL, AppraisalCycle.class)
        .setParameter("schoolId", schoolId)
        .getResultStream()
        .map(AppraisalCycle::getAcademicYear)
        .findFirst()
        .orElseGet(
            () -> {
              int start =
                  today.getMonthValue() >= Month.SEPTEMBER.getValue()
                      ? today.getYear()
                      : today.getYear() - 1;
              return String.format("%d/%02d", start, (start + 1) % 100);
            });
  }

  public List<SchoolPriority> priorities(long schoolId, String year) {
    requireRead(schoolId);
    return em.createNamedQuery(SchoolPriority.FIND_BY_SCHOOL_AND_YEAR, SchoolPriority.class)
        .setParameter("schoolId", schoolId)
        .setParameter("academicYear", year)
        .getResultList();
  }

  public List<PriorityAction> actions(long schoolId, String year) {
    requireRead(schoolId);
    return em.createNamedQuery(PriorityAction.FIND_BY_SCHOOL_AND_YEAR, PriorityAction.class)
        .setParameter("schoolId", schoolId)
        .setParameter("academicYear", year)
        .getResultList();
  }

  /** The SWOT of the year; a blank, unsaved plan when none is written yet. */
  public DevelopmentPlan plan(long schoolId, String year) {
    requireRead(schoolId);
    return em.createNamedQuery(DevelopmentPlan.FIND_BY_SCHOOL_AND_YEAR, DevelopmentPlan.class)
        .setParameter("schoolId", schoolId)
        .setParameter("academicYear", year)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> new DevelopmentPlan(em.find(School.class, schoolId), year));
  }

  /** The four boxes of the year, refused when someone saved them after {@code expectedVersion}. */
  public DevelopmentPlan saveSwot(long schoolId, String year, Swot swot, Integer expectedVersion) {
    requireEdit(schoolId);
    DevelopmentPlan plan = plan(schoolId, year);
    if (plan.getId() != null) {
      guard.require("DevelopmentPlan", plan.getId(), expectedVersion, plan.getRowVersion());
    }
    plan.setStrengths(swot.strengths());
    plan.setWeaknesses(swot.weaknesses());
    plan.setOpportunities(swot.opportunities());
    plan.setThreats(swot.threats());
    validation.require(plan);
    if (plan.getId() == null) {
      em.persist(plan);
      em.flush();
    }
    audit.record(caller.username(), "PLAN_CHANGED", "DevelopmentPlan", plan.getId(), year);
    return plan;
  }

  public SchoolPriority addPriority(PriorityDraft draft) {
    if (draft == null || draft.schoolId() == null) {
      throw new InvalidInputException("Send the priority with its schoolId");
    }
    requireEdit(draft.schoolId());
    School school = em.find(School.class, draft.schoolId());
    SchoolPriority priority = new SchoolPriority(school, draft.academicYear(), draft.title());
    apply(priority, draft);
    em.persist(priority);
    em.flush();
    audit.record(caller.username(), "PRIORITY_CREATED", "SchoolPriority", priority.getId(), null);
    return priority;
  }

  public PriorityAction addAction(long priorityId, String text, LocalDate dueOn) {
    SchoolPriority priority = priority(priorityId);
    requireEdit(priority.getSchool().getId());
    PriorityAction action = new PriorityAction(priority, text == null ? null : text.strip(), dueOn);
    validation.require(action);
    em.persist(action);
    em.flush();
    audit.record(caller.username(), "ACTION_CREATED", "PriorityAction", action.getId(), null);
    return action;
  }

  public void setActionStatus(long actionId, ActionStatus status) {
    PriorityAction action = em.find(PriorityAction.class, actionId);
    if (action == null || status == null) {
      throw new InvalidInputException("No such action or status");
    }
    requireEdit(action.getPriority().getSchool().getId());
    action.setStatus(status);
    audit.record(caller.username(), "ACTION_CHANGED", "PriorityAction", actionId, status.name());
  }

  public SchoolPriority priority(long id) {
    SchoolPriority priority = em.find(SchoolPriority.class, id);
    if (priority == null) {
      throw new InvalidInputException("There is no priority " + id);
    }
    return priority;
  }

  private void apply(SchoolPriority priority, PriorityDraft draft) {
    priority.setAreaOfNeed(draft.areaOfNeed());
    priority.setSuccessMeasure(draft.successMeasure());
    priority.setTimescale(draft.timescale());
    if (draft.status() != null) {
      priority.setStatus(draft.status());
    }
    StaffMember owner =
        draft.ownerId() == null ? null : em.find(StaffMember.class, draft.ownerId());
    if (draft.ownerId() != null
        && (owner == null || !owner.getSchool().getId().equals(priority.getSchool().getId()))) {
      throw new InvalidInputException("ownerId is not a member of staff of this school");
    }
    priority.setOwner(owner);
    validation.require(priority);
  }
}
