package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageRequest;
import org.sendcpd.platform.control.Validation;

/** Keeps the staff list of a school: one person at a time, or a whole MIS export at once. */
@ApplicationScoped
@Transactional
public class StaffService {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  @Inject Validation validation;

  public List<StaffMember> inSchool(long schoolId) {
    return em.createNamedQuery(StaffMember.FIND_BY_SCHOOL, StaffMember.class)
        .setParameter("schoolId", schoolId)
        .getResultList();
  }

  /**
   * One page of a school's staff, read as a page from the database, with the school's head count.
   */
  public Page<StaffMember> inSchool(long schoolId, PageRequest page) {
    long total =
        em.createNamedQuery(StaffMember.COUNT_BY_SCHOOL, Long.class)
            .setParameter("schoolId", schoolId)
            .getSingleResult();
    List<StaffMember> items =
        page.offset() >= total
            ? List.of()
            : em.createNamedQuery(StaffMember.FIND_BY_SCHOOL, StaffMember.class)
                .setParameter("schoolId", schoolId)
                .setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultList();
    return new Page<>(items, total, page);
  }

  public List<School> schools() {
    return em.createNamedQuery(School.FIND_ALL, School.class).getResultList();
  }

  public Optional<StaffMember> find(long id) {
    return Optional.ofNullable(em.find(StaffMember.class, id));
  }

  public Optional<StaffMember> findByEmail(String email) {
    return em.createNamedQuery(StaffMember.FIND_BY_EMAIL, StaffMember.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public School school(long schoolId) {
    School school = em.find(School.class, schoolId);
    if (school == null) {
      throw new InvalidInputException("There is no school " + schoolId);
    }
    return school;
  }

  public StaffMember create(StaffMember person) {
    validation.require(person);
    findByEmail(person.getEmail())
        .ifPresent(
            other -> {
              throw new InvalidInputException(
                  "email " + person.getEmail() + " already belongs to someone");
            });
    em.persist(person);
    em.flush();
    audit.record(caller.username(), "STAFF_CREATED", "StaffMember", person.getId(), null);
    return person;
  }

  public StaffMember changed(StaffMember person) {
    validation.require(person);
    findByEmail(person.getEmail())
        .filter(other -> !other.getId().equals(person.getId()))
        .ifPresent(
            other -> {
              throw new InvalidInputException(
                  "email " + person.getEmail() + " already belongs to someone else");
            });
    StaffMember merged = em.merge(person);
    audit.record(caller.username(), "STAFF_UPDATED", "StaffMember", merged.getId(), null);
    return merged;
  }

  /** Imports a staff CSV into one school; saves everything, or nothing when any line is wrong. */
  public StaffImport importCsv(long schoolId, Reader csv) {
    return importCsv(schoolId, csv, MisPreset.STANDARD);
  }

  /** The same for an MIS export read through its preset. */
  public StaffImport importCsv(long schoolId, Reader csv, MisPreset preset) {
    School school = school(schoolId);
    StaffCsvParser.Result parsed;
    try {
      parsed = new StaffCsvParser().parse(csv, preset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!parsed.isClean()) {
      return StaffImport.refused(parsed.errors());
    }
    Map<String, StaffMember> byEmail = new HashMap<>();
    inSchool(schoolId).forEach(s -> byEmail.put(s.getEmail().toLowerCase(), s));
    List<LineError> errors = new ArrayList<>();
    for (StaffRow row : parsed.rows()) {
      if (!byEmail.containsKey(row.email())) {
        findByEmail(row.email())
            .ifPresent(
                elsewhere ->
                    errors.add(
                        new LineError(
                            row.line(), "email " + row.email() + " belongs to another school")));
      }
      String manager = row.lineManagerEmail();
      boolean known =
          manager == null
              || byEmail.containsKey(manager)
              || parsed.rows().stream().anyMatch(r -> r.email().equals(manager));
      if (!known) {
        errors.add(
            new LineError(
                row.line(), "line_manager_email " + manager + " is not in the file or the school"));
      }
    }
    if (!errors.isEmpty()) {
      return StaffImport.refused(errors);
    }
    int created = 0;
    for (StaffRow row : parsed.rows()) {
      StaffMember person = byEmail.get(row.email());
      if (person == null) {
        person =
            new StaffMember(school, row.firstName(), row.lastName(), row.email(), row.jobRole());
        em.persist(person);
        byEmail.put(row.email(), person);
        created++;
      }
      apply(row, person);
    }
    for (StaffRow row : parsed.rows()) {
      StaffMember person = byEmail.get(row.email());
      person.setLineManager(
          row.lineManagerEmail() == null ? null : byEmail.get(row.lineManagerEmail()));
    }
    int updated = parsed.rows().size() - created;
    audit.record(
        caller.username(),
        "STAFF_IMPORTED",
        "School",
        schoolId,
        created + " created, " + updated + " updated");
    return new StaffImport(created, updated, List.of());
  }

  private static void apply(StaffRow row, StaffMember person) {
    person.setFirstName(row.firstName());
    person.setLastName(row.lastName());
    person.setJobRole(row.jobRole());
    person.setTeam(row.team());
    person.setFte(row.fte());
    person.setStartDate(row.startDate());
    person.setLeftDate(row.leavingDate());
  }
}
