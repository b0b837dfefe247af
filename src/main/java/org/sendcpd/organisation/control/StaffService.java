package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageRequest;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;

/** Keeps the staff list of a school: one person at a time, or a whole MIS export at once. */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class StaffService {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  @Inject Validation validation;
  @Inject EditGuard guard;
  @Inject Leavers leavers;

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

  /** Records that the caller read one person's staff record: ids only. */
  public void viewed(StaffMember person) {
    audit.record(caller.username(), "STAFF_VIEWED", "StaffMember", person.getId(), null);
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
    audit.change(
        caller.username(),
        "STAFF_CREATED",
        "StaffMember",
        person.getId(),
        Changes.created(fields(person)));
    return person;
  }

  /**
   * Changes a person as read at {@code expectedVersion} (null: as they are now), in this
   * transaction: a copy someone else has saved since is refused with who and when; the audit row
   * names each field changed with its old and new value, and a leaving date of today or earlier
   * closes their account at once.
   */
  public StaffMember update(long id, Integer expectedVersion, Consumer<StaffMember> change) {
    StaffMember person = em.find(StaffMember.class, id);
    if (person == null) {
      throw new InvalidInputException("There is no member of staff " + id);
    }
    guard.require("StaffMember", id, expectedVersion, person.getRowVersion());
    Changes.Snapshot before = fields(person);
    change.accept(person);
    validation.require(person);
    findByEmail(person.getEmail())
        .filter(other -> !other.getId().equals(person.getId()))
        .ifPresent(
            other -> {
              throw new InvalidInputException(
                  "email " + person.getEmail() + " already belongs to someone else");
            });
    em.flush(); // the new version, for the answer's ETag
    changed(person, before);
    return person;
  }

  /** Changes a person as they are now (no version to compare), with the same audit and leavers. */
  public StaffMember change(long id, Consumer<StaffMember> edit) {
    return update(id, null, edit);
  }

  private void changed(StaffMember person, Changes.Snapshot before) {
    Changes changes = Changes.between(before, fields(person));
    if (!changes.isEmpty()) {
      audit.change(caller.username(), "STAFF_UPDATED", "StaffMember", person.getId(), changes);
    }
    leavers.closeIfLeft(person, LocalDate.now(), caller.username());
  }

  /** The fields of a staff record the audit log compares; the line manager by id. */
  static Changes.Snapshot fields(StaffMember s) {
    return Changes.Snapshot.empty()
        .with("firstName", s.getFirstName())
        .with("lastName", s.getLastName())
        .with("email", s.getEmail())
        .with("jobRole", s.getJobRole())
        .with("team", s.getTeam())
        .with("fte", s.getFte())
        .with("startDate", s.getStartDate())
        .with("leftDate", s.getLeftDate())
        .with("lineManagerId", s.getLineManager() == null ? null : s.getLineManager().getId());
  }

  /**
   * The line manager a person at a school may have: null for none; someone else at the same school,
   * else bad input naming the field.
   */
  public StaffMember lineManager(Long managerId, Long personId, long schoolId) {
    if (managerId == null) {
      return null;
    }
    if (managerId.equals(personId)) {
      throw new InvalidInputException("A person cannot be their own line manager");
    }
    StaffMember manager =
        find(managerId)
            .orElseThrow(
                () -> new InvalidInputException("lineManagerId " + managerId + " is unknown"));
    if (manager.getSchool().getId() != schoolId) {
      throw new InvalidInputException("The line manager must work in the same school");
    }
    return manager;
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
    Map<StaffMember, Changes.Snapshot> before = new LinkedHashMap<>();
    for (StaffRow row : parsed.rows()) {
      StaffMember person = byEmail.get(row.email());
      if (person == null) {
        person =
            new StaffMember(school, row.firstName(), row.lastName(), row.email(), row.jobRole());
        em.persist(person);
        byEmail.put(row.email(), person);
        before.put(person, null);
      } else {
        before.put(person, fields(person));
      }
      apply(row, person);
    }
    for (StaffRow row : parsed.rows()) {
      StaffMember person = byEmail.get(row.email());
      person.setLineManager(
          row.lineManagerEmail() == null ? null : byEmail.get(row.lineManagerEmail()));
    }
    em.flush(); // the new people get their ids, for their audit rows
    int created = 0;
    for (Map.Entry<StaffMember, Changes.Snapshot> e : before.entrySet()) {
      if (e.getValue() == null) {
        created++;
        audit.change(
            caller.username(),
            "STAFF_CREATED",
            "StaffMember",
            e.getKey().getId(),
            Changes.created(fields(e.getKey())));
      } else {
        changed(e.getKey(), e.getValue());
      }
    }
    int updated = parsed.rows().size() - created;
    audit.change(
        caller.username(),
        "STAFF_IMPORTED",
        "School",
        schoolId,
        Changes.of().note(created + " created, " + updated + " updated"));
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
