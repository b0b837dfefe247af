package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.analysis.FollowUpRules;
import org.sendcpd.analysis.FollowUpStage;
import org.sendcpd.framework.entity.Area;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.FollowUp;

/**
 * The follow-up loop of CPD: the person says what they will change after a piece of training (when
 * logging it, or later for training a register recorded), and some weeks on ({@code
 * cpd.follow-up.weeks}, 6 unless configured) they or their line manager say whether they have not
 * yet tried it, tried it or embedded it. Only the person plans; the person or their line manager
 * answers. Both are audited.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class FollowUps {

  static final String AREAS =
      "SELECT a FROM Area a WHERE UPPER(a.code) = :code AND a.framework.active = TRUE"
          + " AND (a.framework.school IS NULL OR a.framework.school.id = :schoolId)"
          + " ORDER BY a.framework.id";

  static final String AREA_CHOICES =
      "SELECT a FROM Area a WHERE a.framework.active = TRUE"
          + " AND (a.framework.school IS NULL OR a.framework.school.id = :schoolId)"
          + " ORDER BY a.framework.id, a.sortOrder";

  static final String UNPLANNED =
      "SELECT r FROM CpdRecord r WHERE r.staffMember.id = :staffId AND r.completedOn >= :since"
          + " AND r.verdict.status <> :rejected AND NOT EXISTS"
          + " (SELECT f FROM FollowUp f WHERE f.record = r) ORDER BY r.completedOn DESC, r.id DESC";

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject RecordAccess records;
  @Inject AuditLog audit;
  @Inject Validation validation;

  @Inject
  @ConfigProperty(name = "cpd.follow-up.weeks", defaultValue = "6")
  int weeks;

  Clock clock = Clock.systemDefaultZone();

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public int weeks() {
    return Math.max(1, weeks);
  }

  /** The record's follow-up, for whoever may read the record. */
  public Optional<FollowUp> ofRecord(long recordId) {
    CpdRecord record = record(recordId);
    records.requireRead(record);
    return find(recordId);
  }

  /** The person says what they will change; the follow-up falls due weeks after the training. */
  public FollowUp plan(long recordId, String text, String areaCode) {
    CpdRecord record = record(recordId);
    records.requireRead(record);
    if (!records.isOwn(record.getStaffMember())) {
      throw access.refuse(
          "CpdRecord",
          recordId,
          "Only the person who did the training says what they will change.");
    }
    String change = strip(text);
    if (change == null) {
      throw invalid("intendedChange.text", "say what you will change in your practice");
    }
    if (change.length() > 1000) {
      throw invalid("intendedChange.text", "at most 1000 characters");
    }
    Area area = area(areaCode, record.getStaffMember());
    FollowUp followUp = find(recordId).orElse(null);
    if (followUp == null) {
      followUp =
          new FollowUp(record, change, area, FollowUpRules.dueOn(record.getCompletedOn(), weeks()));
      validation.require(followUp);
      em.persist(followUp);
    } else {
      followUp.plan(change, area);
      validation.require(followUp);
    }
    em.flush();
    audit.record(
        caller.username(),
        "FOLLOW_UP_PLANNED",
        "CpdRecord",
        recordId,
        "due " + followUp.getDueOn());
    return followUp;
  }

  /**
   * Checks a plan before the record it belongs to is saved, so that logging with a plan saves both
   * or neither: only the person plans, with a text and an area of their school's frameworks.
   */
  public void checkPlan(StaffMember person, String text, String areaCode) {
    if (!records.isOwn(person)) {
      throw access.refuse(
          "StaffMember",
          person.getId(),
          "Only the person who did the training says what they will change.");
    }
    String change = strip(text);
    if (change == null) {
      throw invalid("intendedChange.text", "say what you will change in your practice");
    }
    if (change.length() > 1000) {
      throw invalid("intendedChange.text", "at most 1000 characters");
    }
    area(areaCode, person);
  }

  /** The person or their line manager answers; a later answer replaces an earlier one. */
  public FollowUp answer(long recordId, FollowUpStage stage, String note) {
    CpdRecord record = record(recordId);
    records.requireRead(record);
    if (!mayAnswer(record.getStaffMember())) {
      throw access.refuse(
          "CpdRecord",
          recordId,
          "Only the person who did the training or their line manager answers its follow-up.");
    }
    if (stage == null) {
      throw invalid("stage", "choose NOT_YET, TRIED or EMBEDDED");
    }
    FollowUp followUp =
        find(recordId)
            .orElseThrow(
                () ->
                    invalid(
                        "intendedChange",
                        "nothing was planned for this training yet: say first what will change"));
    followUp.answer(stage, strip(note), caller.username(), Instant.now(clock));
    validation.require(followUp);
    em.flush();
    audit.record(caller.username(), "FOLLOW_UP_ANSWERED", "CpdRecord", recordId, stage.name());
    return followUp;
  }

  /** The person's own follow-ups and those of the people they line-manage. */
  public List<FollowUp> forMeAndMyReports() {
    long me = caller.staffId().orElseThrow(() -> invalid("staffId", "you have no staff record"));
    return em.createNamedQuery(FollowUp.FIND_FOR_PERSON_OR_REPORTS, FollowUp.class)
        .setParameter("staffId", me)
        .getResultList();
  }

  /**
   * A school's follow-ups for its SENCO or head; for anyone else, their own and their reports' in
   * that school.
   */
  public List<FollowUp> ofSchool(long schoolId) {
    if (access.maySeeSchool(schoolId)) {
      return em.createNamedQuery(FollowUp.FIND_BY_SCHOOL, FollowUp.class)
          .setParameter("schoolId", schoolId)
          .getResultList();
    }
    if (!Objects.equals(caller.schoolId().orElse(null), schoolId)) {
      throw access.deny("School", schoolId, "school " + schoolId + " is not yours");
    }
    return forMeAndMyReports();
  }

  public boolean mayAnswer(StaffMember person) {
    Long me = caller.staffId().orElse(null);
    if (me == null) {
      return false;
    }
    StaffMember manager = person.getLineManager();
    return me.equals(person.getId()) || manager != null && me.equals(manager.getId());
  }

  public Optional<FollowUp> find(long recordId) {
    return em.createNamedQuery(FollowUp.FIND_BY_RECORD, FollowUp.class)
        .setParameter("recordId", recordId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The person's recent training (verified or pending) with no plan yet, newest first: what a
   * register recorded for them is planned here, after the day.
   */
  public List<CpdRecord> unplanned(LocalDate since) {
    return caller
        .staffId()
        .map(
            me ->
                em.createQuery(UNPLANNED, CpdRecord.class)
                    .setParameter("staffId", me)
                    .setParameter("since", since)
                    .setParameter("rejected", org.sendcpd.training.entity.RecordStatus.REJECTED)
                    .getResultList())
        .orElse(List.of());
  }

  /** The areas a person may name: code and name, one per code, in framework order. */
  public List<AreaChoice> areas(StaffMember person) {
    Map<String, AreaChoice> byCode = new java.util.LinkedHashMap<>();
    for (Area a :
        em.createQuery(AREA_CHOICES, Area.class)
            .setParameter("schoolId", person.getSchool().getId())
            .getResultList()) {
      byCode.putIfAbsent(a.getCode(), new AreaChoice(a.getCode(), a.getName()));
    }
    return List.copyOf(byCode.values());
  }

  /** An area of need a change may be for. */
  public record AreaChoice(String code, String name) implements java.io.Serializable {}

  private CpdRecord record(long recordId) {
    CpdRecord record = em.find(CpdRecord.class, recordId);
    if (record == null) {
      throw new RecordNotFoundException(recordId);
    }
    return record;
  }

  /** An area of a framework the person's school uses, by its code; null when none was given. */
  Area area(String code, StaffMember person) {
    String wanted = strip(code);
    if (wanted == null) {
      return null;
    }
    return em.createQuery(AREAS, Area.class)
        .setParameter("code", wanted.toUpperCase(java.util.Locale.ROOT))
        .setParameter("schoolId", person.getSchool().getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                invalid(
                    "intendedChange.areaCode",
                    "there is no area " + wanted + " in the frameworks of this school"));
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(
        field + ": " + message, List.of(Map.of("field", field, "message", message)));
  }
}
