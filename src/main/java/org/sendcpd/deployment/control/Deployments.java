package org.sendcpd.deployment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.demand.control.FieldErrors;
import org.sendcpd.deployment.entity.StaffDeployment;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.LineError;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;

/**
 * Keeps where each adult works. A person, their line manager, and the SENCO and head of their
 * school see a person's deployments; only the SENCO and the head (trust leads and administrators
 * for any school) change them. A change replaces the person's whole list in one transaction, is
 * checked whole before anything is written (a bad entry saves nothing), and is audited.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class Deployments {

  @PersistenceContext EntityManager em;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  @Inject Validation validation;

  /** The person's deployments, earliest start first; empty when there is no such person. */
  public Optional<List<StaffDeployment>> of(long staffId) {
    StaffMember person = em.find(StaffMember.class, staffId);
    if (person == null) {
      return Optional.empty();
    }
    access.requireStaff(person);
    return Optional.of(list(staffId));
  }

  /** Every deployment of the school, by group. */
  public List<StaffDeployment> inSchool(long schoolId) {
    access.requireSchool(schoolId);
    return em.createNamedQuery(StaffDeployment.FIND_BY_SCHOOL, StaffDeployment.class)
        .setParameter("schoolId", schoolId)
        .getResultList();
  }

  /**
   * Replaces the person's deployments with the drafts; empty when there is no such person. Field
   * names in a refusal say which entry: {@code [2].days}.
   */
  public Optional<List<StaffDeployment>> replace(long staffId, List<DeploymentDraft> drafts) {
    StaffMember person = em.find(StaffMember.class, staffId);
    if (person == null) {
      return Optional.empty();
    }
    access.requireSchool(person.getSchool().getId());
    FieldErrors errors = new FieldErrors();
    DeploymentRules.check(drafts, "", errors);
    errors.throwIfAny("Some deployments are not valid; nothing was saved");
    write(person, drafts);
    return Optional.of(list(staffId));
  }

  /** Adds one deployment to the person's (a change noted from a gap's page). */
  public StaffDeployment add(long staffId, DeploymentDraft draft) {
    StaffMember person = em.find(StaffMember.class, staffId);
    if (person == null) {
      throw new org.sendcpd.platform.control.InvalidInputException(
          "There is no staff member " + staffId);
    }
    access.requireSchool(person.getSchool().getId());
    FieldErrors errors = new FieldErrors();
    DeploymentRules.check(List.of(draft), "", errors);
    errors.throwIfAny("The deployment is not valid; nothing was saved");
    StaffDeployment added = persist(person, draft);
    audit.record(
        caller.username(), "DEPLOYMENT_ADDED", "StaffMember", staffId, describe(List.of(added)));
    return added;
  }

  /** Removes one deployment (the week screen's remove). */
  public void remove(long deploymentId) {
    StaffDeployment d = em.find(StaffDeployment.class, deploymentId);
    if (d == null) {
      return;
    }
    access.requireSchool(d.getSchool().getId());
    em.remove(d);
    audit.record(
        caller.username(),
        "DEPLOYMENT_REMOVED",
        "StaffMember",
        d.getStaff().getId(),
        describe(List.of(d)));
  }

  /**
   * Replaces the deployments of every person the CSV names (others keep theirs), all or nothing:
   * any bad line, or an email that is not someone of the school, and nothing is written.
   */
  public DeploymentImport importCsv(long schoolId, String csv) {
    access.requireSchool(schoolId);
    DeploymentCsv.Result parsed = DeploymentCsv.parse(csv);
    List<LineError> errors = new ArrayList<>(parsed.errors());
    Map<StaffMember, List<DeploymentDraft>> byPerson = new LinkedHashMap<>();
    for (DeploymentCsv.Line line : parsed.lines()) {
      List<String> problems = new ArrayList<>();
      DeploymentRules.check(
          line.draft(), "", (field, message) -> problems.add(field + ": " + message));
      StaffMember person =
          em.createNamedQuery(StaffMember.FIND_BY_EMAIL, StaffMember.class)
              .setParameter("email", line.email())
              .getResultStream()
              .filter(p -> p.getSchool().getId() == schoolId)
              .findFirst()
              .orElse(null);
      if (person == null) {
        errors.add(
            new LineError(line.number(), "no one at this school has the email " + line.email()));
      } else {
        byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(line.draft());
      }
      problems.forEach(p -> errors.add(new LineError(line.number(), p)));
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingLong(LineError::line));
      return new DeploymentImport(0, 0, List.copyOf(errors));
    }
    byPerson.forEach(this::write);
    return new DeploymentImport(byPerson.size(), parsed.lines().size(), List.of());
  }

  /** Writes the drafts over the person's list; the caller has checked access and the drafts. */
  void write(StaffMember person, List<DeploymentDraft> drafts) {
    for (StaffDeployment old : list(person.getId())) {
      em.remove(old);
    }
    em.flush();
    List<StaffDeployment> saved = new ArrayList<>();
    for (DeploymentDraft draft : drafts) {
      saved.add(persist(person, draft));
    }
    audit.record(
        caller.username(), "DEPLOYMENTS_REPLACED", "StaffMember", person.getId(), describe(saved));
  }

  private StaffDeployment persist(StaffMember person, DeploymentDraft draft) {
    StaffDeployment d =
        new StaffDeployment(person, draft.group().strip(), draft.days(), draft.from(), draft.to());
    validation.require(d);
    em.persist(d);
    return d;
  }

  /** The person's list, an open start first (both databases sort a NULL date last). */
  private List<StaffDeployment> list(long staffId) {
    List<StaffDeployment> list =
        new ArrayList<>(
            em.createNamedQuery(StaffDeployment.FIND_BY_STAFF, StaffDeployment.class)
                .setParameter("staffId", staffId)
                .getResultList());
    list.sort(
        java.util.Comparator.comparing(
                StaffDeployment::getValidFrom,
                java.util.Comparator.nullsFirst(
                    java.util.Comparator.<java.time.LocalDate>naturalOrder()))
            .thenComparing(StaffDeployment::getGroupName)
            .thenComparing(StaffDeployment::getId));
    return list;
  }

  static String describe(List<StaffDeployment> list) {
    if (list.isEmpty()) {
      return "no deployments";
    }
    StringBuilder text = new StringBuilder();
    for (StaffDeployment d : list) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(d.getGroupName()).append(' ').append(d.getDayCodes());
      if (d.getValidFrom() != null) {
        text.append(" from ").append(d.getValidFrom());
      }
      if (d.getValidTo() != null) {
        text.append(" to ").append(d.getValidTo());
      }
    }
    return text.toString();
  }
}
