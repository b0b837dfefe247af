package org.sendcpd.demand.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendcpd.demand.entity.NeedProfile;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.StaleEditException;

/**
 * Keeps a school's need profiles: pupils per primary area of need and their EHC plans, for the
 * whole school and for year groups or classes. Counts only; nothing here takes a pupil's name. The
 * SENCO and the head of the school (trust leads and administrators for any school) read and change
 * them.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class NeedProfiles {

  static final int YEAR_GROUP_LENGTH = 50;

  /**
   * The whole-school profile first, then year groups in natural order ("Year 2" before "Year 10").
   */
  public static final Comparator<NeedProfile> ORDER =
      Comparator.comparing(NeedProfile::isWholeSchool)
          .reversed()
          .thenComparing(p -> p.getYearGroup() == null ? "" : p.getYearGroup(), NaturalOrder.TEXT);

  @PersistenceContext EntityManager em;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  @Inject EditGuard guard;
  Clock clock = Clock.systemDefaultZone();

  /** One profile; empty when there is none with this id. */
  public Optional<NeedProfile> find(long id) {
    NeedProfile profile = em.find(NeedProfile.class, id);
    if (profile != null) {
      access.requireSchool(profile.getSchool().getId());
    }
    return Optional.ofNullable(profile);
  }

  public List<NeedProfile> inSchool(long schoolId) {
    access.requireSchool(schoolId);
    school(schoolId);
    return em
        .createNamedQuery(NeedProfile.FIND_BY_SCHOOL, NeedProfile.class)
        .setParameter("schoolId", schoolId)
        .getResultList()
        .stream()
        .sorted(ORDER)
        .toList();
  }

  /**
   * Creates or replaces the profile of a year group (null or blank: the whole school) with these
   * counts; an area not given counts nobody. Saves nothing when any count is wrong.
   */
  public NeedProfile save(long schoolId, String yearGroup, List<AreaCount> counts) {
    return save(schoolId, yearGroup, counts, null);
  }

  /**
   * The same for a copy read at {@code expectedVersion}: refused when someone saved the profile
   * since, or when there is none to have read (null: no check).
   */
  public NeedProfile save(
      long schoolId, String yearGroup, List<AreaCount> counts, Integer expectedVersion) {
    access.requireSchool(schoolId);
    String group = yearGroup == null || yearGroup.isBlank() ? null : yearGroup.strip();
    Map<AreaOfNeed, AreaCount> byArea = check(group, counts);
    // One whole-school profile per school: the database lets NULL year groups repeat, so saves of
    // one school queue behind a lock on the school row and find the profile the last one made.
    School school = em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
    if (school == null) {
      throw new InvalidInputException(
          "There is no school " + schoolId,
          List.of(Map.of("field", "schoolId", "message", "no school has this id")));
    }
    LocalDate today = LocalDate.now(clock);
    NeedProfile profile = existing(schoolId, group).orElse(null);
    if (profile != null) {
      guard.require("NeedProfile", profile.getId(), expectedVersion, profile.getRowVersion());
    } else if (expectedVersion != null) {
      throw new StaleEditException(
          "There is no profile for " + (group == null ? "the whole school" : group) + " yet.",
          List.of("Send it without If-Match to create it."),
          null);
    }
    boolean created = profile == null;
    if (created) {
      profile = new NeedProfile(school, group, today);
      em.persist(profile);
    } else {
      // The counts live in rows of their own: a change to them alone must raise the version too.
      em.lock(profile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    profile.setRecordedOn(today);
    for (AreaOfNeed area : AreaOfNeed.values()) {
      AreaCount count = byArea.get(area);
      profile.setCount(
          area, count == null ? 0 : count.pupils(), count == null ? 0 : count.ehcPlans());
    }
    em.flush();
    audit.record(
        caller.username(),
        created ? "NEED_PROFILE_CREATED" : "NEED_PROFILE_UPDATED",
        "NeedProfile",
        profile.getId(),
        describe(profile));
    return profile;
  }

  /**
   * The profile of a year group, matched ignoring case and spaces around it; null = whole school.
   */
  Optional<NeedProfile> existing(long schoolId, String group) {
    return em
        .createNamedQuery(NeedProfile.FIND_BY_SCHOOL, NeedProfile.class)
        .setParameter("schoolId", schoolId)
        .getResultList()
        .stream()
        .filter(
            p ->
                group == null
                    ? p.isWholeSchool()
                    : p.getYearGroup() != null && p.getYearGroup().strip().equalsIgnoreCase(group))
        .min(Comparator.comparing(NeedProfile::getId));
  }

  static Map<AreaOfNeed, AreaCount> check(String group, List<AreaCount> counts) {
    FieldErrors errors = new FieldErrors();
    if (group != null && group.length() > YEAR_GROUP_LENGTH) {
      errors.add("yearGroup", "at most " + YEAR_GROUP_LENGTH + " characters");
    }
    if (group != null && group.equalsIgnoreCase("whole school")) {
      errors.add("yearGroup", "leave the year group empty for the whole school");
    }
    Map<AreaOfNeed, AreaCount> byArea = new EnumMap<>(AreaOfNeed.class);
    List<AreaCount> given = counts == null ? List.of() : counts;
    for (int i = 0; i < given.size(); i++) {
      AreaCount count = Objects.requireNonNullElse(given.get(i), new AreaCount(null, 0, 0));
      String at = "counts[" + i + "].";
      if (count.area() == null) {
        errors.add(at + "areaOfNeed", "name one of " + List.of(AreaOfNeed.values()));
        continue;
      }
      String label = count.area().label();
      if (byArea.put(count.area(), count) != null) {
        errors.add(at + "areaOfNeed", label + " is given twice");
      }
      if (count.pupils() < 0) {
        errors.add(at + "pupils", label + ": the number of pupils cannot be negative");
      }
      if (count.ehcPlans() < 0) {
        errors.add(at + "ehcPlans", label + ": the number of EHC plans cannot be negative");
      } else if (count.ehcPlans() > count.pupils()) {
        errors.add(
            at + "ehcPlans",
            label
                + ": EHC plans ("
                + count.ehcPlans()
                + ") cannot outnumber the pupils ("
                + count.pupils()
                + ")");
      }
    }
    errors.throwIfAny("Some counts are not valid; nothing was saved");
    return byArea;
  }

  private School school(long schoolId) {
    School school = em.find(School.class, schoolId);
    if (school == null) {
      throw new InvalidInputException(
          "There is no school " + schoolId,
          List.of(Map.of("field", "schoolId", "message", "no school has this id")));
    }
    return school;
  }

  private static String describe(NeedProfile profile) {
    int pupils = profile.getCounts().stream().mapToInt(c -> c.getPupils()).sum();
    int plans = profile.getCounts().stream().mapToInt(c -> c.getEhcPlans()).sum();
    return (profile.isWholeSchool() ? "whole school" : profile.getYearGroup())
        + ": "
        + pupils
        + " pupils, "
        + plans
        + " EHC plans";
  }
}
