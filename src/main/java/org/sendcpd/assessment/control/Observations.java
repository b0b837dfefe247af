package org.sendcpd.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendcpd.assessment.entity.Observation;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * Recording and reading observations. An observation is checked whole before anything is saved: a
 * known person seen by someone who may observe them, a competence of a framework that applies to
 * their school at a level on its ladder, a day in post and not in the future, and a note of what
 * was seen. Every observation recorded is in the audit log.
 */
@ApplicationScoped
@Transactional
public class Observations {

  static final int LONGEST_NOTE = 2000;

  @PersistenceContext EntityManager em;
  @Inject ObserverRights rights;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  Clock clock = Clock.systemDefaultZone();

  /** One person's observations, newest first, for them and those who see them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Observation> of(StaffMember person) {
    access.requireStaff(person);
    return em.createNamedQuery(Observation.FIND_BY_STAFF, Observation.class)
        .setParameter("staffId", person.getId())
        .getResultList();
  }

  public Observation record(ObservationDraft draft) {
    if (draft == null) {
      throw new InvalidInputException("Send the observation as JSON");
    }
    if (draft.staffId() == null) {
      throw invalid("staffId", "name the person observed");
    }
    StaffMember person = em.find(StaffMember.class, draft.staffId());
    if (person == null) {
      throw invalid("staffId", "there is no member of staff " + draft.staffId());
    }
    StaffMember observer = rights.requireObserverOf(person);
    List<Map<String, String>> problems = new ArrayList<>();
    Competence competence = competence(draft.competenceCode(), person, problems);
    if (competence != null) {
      checkLevel(draft.level(), competence, problems);
    }
    checkDay(draft.observedOn(), person, problems);
    String note = draft.note() == null ? "" : draft.note().strip();
    if (note.isEmpty()) {
      problems.add(problem("note", "say briefly what you saw"));
    } else if (note.length() > LONGEST_NOTE) {
      problems.add(problem("note", "at most " + LONGEST_NOTE + " characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "The observation is not complete; nothing was saved", problems);
    }
    Observation saved =
        new Observation(
            person,
            competence,
            draft.level(),
            draft.observedOn(),
            note,
            observer,
            Instant.now(clock));
    em.persist(saved);
    em.flush();
    audit.change(
        caller.username(),
        "OBSERVATION_RECORDED",
        "Observation",
        saved.getId(),
        Changes.of()
            .field("person", null, person.getFullName())
            .field("competence", null, competence.getCode())
            .field("level", null, draft.level())
            .field("observedOn", null, draft.observedOn()));
    return saved;
  }

  private Competence competence(String code, StaffMember person, List<Map<String, String>> out) {
    if (code == null || code.isBlank()) {
      out.add(problem("competenceCode", "name the competence by its code"));
      return null;
    }
    Competence competence =
        em.createNamedQuery(Competence.FIND_BY_CODE, Competence.class)
            .setParameter("code", code.strip())
            .getResultStream()
            .findFirst()
            .orElse(null);
    SkillsFramework framework = competence == null ? null : competence.getArea().getFramework();
    if (competence == null
        || (framework.getSchool() != null
            && !framework.getSchool().getId().equals(person.getSchool().getId()))) {
      out.add(problem("competenceCode", "there is no competence " + code.strip()));
      return null;
    }
    return competence;
  }

  private static void checkLevel(
      Integer level, Competence competence, List<Map<String, String>> out) {
    int ladder = competence.getArea().getFramework().getLevels().size();
    if (level == null || level < 1 || level > ladder) {
      out.add(
          problem(
              "level",
              competence.getCode() + " has levels 1 to " + ladder + "; " + level + " is not one"));
    }
  }

  private void checkDay(LocalDate day, StaffMember person, List<Map<String, String>> out) {
    if (day == null) {
      out.add(problem("observedOn", "give the day you saw it, such as 2026-11-22"));
    } else if (day.isAfter(LocalDate.now(clock))) {
      out.add(problem("observedOn", "an observation is of something already seen, not " + day));
    } else if (!person.isInPostOn(day)) {
      out.add(problem("observedOn", person.getFullName() + " was not in post on " + day));
    }
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(
        "The observation is not complete; nothing was saved", List.of(problem(field, message)));
  }

  private static Map<String, String> problem(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
