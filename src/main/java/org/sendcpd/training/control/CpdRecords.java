package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageRequest;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.RecordSource;

/**
 * CPD logged by hand: a member of staff records training done elsewhere for themselves (pending
 * until verified), or a SENCO records it for someone in their school. A SENCO's entry for another
 * person is their own attestation, so it is verified at once, like a marked register. Every change
 * is audited; a decided record is never edited.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class CpdRecords {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject RecordAccess access;
  @Inject TrainingAudit trainingAudit;
  @Inject Validation validation;
  @Inject OutcomeClaims claims;
  @Inject Certificates certificates;
  @Inject EditGuard guard;
  Clock clock = Clock.systemDefaultZone();

  /** A person's records, for whoever may read them; the read is audited. */
  public List<CpdRecord> ofStaff(long staffId) {
    access.requireLedgerOf(person(staffId));
    List<CpdRecord> records =
        em.createNamedQuery(CpdRecord.FIND_BY_STAFF, CpdRecord.class)
            .setParameter("staffId", staffId)
            .getResultList();
    trainingAudit.recordOfViewed(staffId);
    return records;
  }

  /** One page of a person's ledger, newest first, read as a page from the database. */
  public Page<CpdRecord> ofStaff(long staffId, PageRequest page) {
    access.requireLedgerOf(person(staffId));
    long total =
        em.createNamedQuery(CpdRecord.COUNT_BY_STAFF, Long.class)
            .setParameter("staffId", staffId)
            .getSingleResult();
    List<CpdRecord> items =
        page.offset() >= total
            ? List.of()
            : em.createNamedQuery(CpdRecord.FIND_BY_STAFF, CpdRecord.class)
                .setParameter("staffId", staffId)
                .setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultList();
    trainingAudit.recordOfViewed(staffId);
    return new Page<>(items, total, page);
  }

  public Optional<CpdRecord> find(long id) {
    Optional<CpdRecord> record = Optional.ofNullable(em.find(CpdRecord.class, id));
    record.ifPresent(access::requireRead);
    return record;
  }

  /** One record, to be shown: as {@link #find}, and the read is audited. */
  public Optional<CpdRecord> read(long id) {
    Optional<CpdRecord> record = find(id);
    record.ifPresent(trainingAudit::viewed);
    return record;
  }

  public CpdRecord log(CpdDraft draft) {
    return log(draft, null, null);
  }

  /** Logs a record, with a certificate when one is given; either both are stored or neither is. */
  public CpdRecord log(CpdDraft draft, InputStream certificate, String fileName) {
    StaffMember person =
        draft.staffId() == null
            ? caller.staff().orElseThrow(() -> invalid("staffId", "name the member of staff"))
            : person(draft.staffId());
    access.requireLogFor(person);
    boolean own = access.isOwn(person);
    requireSensible(draft, draft.courseId() == null);
    CpdRecord record =
        build(person, draft, own ? RecordSource.SELF_LOGGED : RecordSource.LOGGED_BY_SENCO);
    validation.require(record);
    ReceivedFile received =
        certificate == null ? null : certificates.receive(certificate, fileName);
    try {
      if (!own) {
        record.verify(caller.username(), Instant.now(clock));
      }
      em.persist(record);
      em.flush();
    } catch (RuntimeException e) {
      certificates.discard(received);
      throw e;
    }
    trainingAudit.changed(
        "CPD_LOGGED",
        record,
        Changes.of()
            .note("for staff " + person.getId() + ", " + record.getSource())
            .merge(Changes.created(TrainingAudit.fields(record))));
    if (received != null) {
      certificates.keep(record, received);
    }
    return record;
  }

  /** The owner corrects a record that still waits for verification. */
  public CpdRecord revise(long id, CpdDraft draft) {
    return revise(id, null, draft);
  }

  /** The same for a copy read at {@code expectedVersion}: refused when someone saved since. */
  public CpdRecord revise(long id, Integer expectedVersion, CpdDraft draft) {
    CpdRecord record = find(id).orElseThrow(() -> new RecordNotFoundException(id));
    access.requireOwner(record);
    guard.require("CpdRecord", id, expectedVersion, record.getRowVersion());
    if (!record.isPending()) {
      throw new ConflictException(
          "Record "
              + id
              + " is "
              + record.getStatus()
              + " and can no longer be changed;"
              + " log the training again or ask your SENCO to correct it");
    }
    requireSensible(draft, true);
    Changes.Snapshot before = TrainingAudit.fields(record);
    Map<Competence, Integer> outcomes = claims.resolve(draft.claims());
    record.revise(
        strip(draft.title()),
        strip(draft.provider()),
        draft.delivery(),
        draft.completedOn(),
        draft.hours(),
        draft.cost(),
        strip(draft.reflection()));
    // checked before the flush below, which would log a client's mistake as a warning
    validation.require(record);
    // Claims live in rows of their own: a change to them alone must raise the version too.
    em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    record.clearOutcomes();
    em.flush(); // the old claims go before the new ones arrive: a competence is claimed once
    outcomes.forEach(record::addOutcome);
    validation.require(record);
    em.flush(); // the new version, for the answer's ETag
    trainingAudit.changed(
        "CPD_REVISED", record, Changes.between(before, TrainingAudit.fields(record)));
    return record;
  }

  private CpdRecord build(StaffMember person, CpdDraft draft, RecordSource source) {
    CpdRecord record;
    if (draft.courseId() != null) {
      Course course = em.find(Course.class, draft.courseId());
      if (course == null
          || !(course.isShared()
              || course.getSchool().getId().equals(person.getSchool().getId()))) {
        throw invalid("courseId", "there is no course " + draft.courseId() + " for this school");
      }
      record = CpdRecord.ofCourse(person, course, draft.completedOn(), source);
    } else {
      record =
          new CpdRecord(
              person,
              strip(draft.title()),
              draft.delivery(),
              draft.completedOn(),
              draft.hours(),
              source);
      record.setProvider(strip(draft.provider()));
      record.setCost(draft.cost());
      claims.resolve(draft.claims()).forEach(record::addOutcome);
    }
    record.setReflection(strip(draft.reflection()));
    return record;
  }

  /** Rules the entity's constraints cannot say: done already, and taking some time. */
  private void requireSensible(CpdDraft draft, boolean freeTitle) {
    List<Map<String, String>> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (draft.completedOn() == null) {
      errors.add(Map.of("field", "completedOn", "message", "give the date it was completed"));
    } else if (draft.completedOn().isAfter(today)) {
      errors.add(
          Map.of(
              "field",
              "completedOn",
              "message",
              "log training once it has happened: " + draft.completedOn() + " is in the future"));
    }
    if (freeTitle && (draft.hours() == null || draft.hours().compareTo(BigDecimal.ZERO) <= 0)) {
      errors.add(Map.of("field", "hours", "message", "give the hours it took, more than 0"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Some fields are not valid", errors);
    }
  }

  private StaffMember person(long staffId) {
    StaffMember person = em.find(StaffMember.class, staffId);
    if (person == null) {
      throw invalid("staffId", "there is no member of staff " + staffId);
    }
    return person;
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(message, List.of(Map.of("field", field, "message", message)));
  }
}
