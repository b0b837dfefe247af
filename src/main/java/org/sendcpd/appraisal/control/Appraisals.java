package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.appraisal.entity.ObjectiveStatus;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.entity.StaffMember;

/**
 * Reads appraisals for the caller, each through {@link AppraisalGate}: refused when not theirs to
 * see, notes left out for the SENCO, and every reading audited.
 */
@ApplicationScoped
@Transactional
public class Appraisals {

  static final String IN_SCHOOL =
      "SELECT a FROM Appraisal a JOIN FETCH a.staffMember s JOIN FETCH a.cycle c"
          + " JOIN FETCH a.appraiser WHERE c.school.id = :schoolId ORDER BY c.startsOn DESC,"
          + " s.lastName, s.firstName";
  static final String MANAGED_BY =
      "SELECT a FROM Appraisal a JOIN FETCH a.staffMember s JOIN FETCH a.cycle c"
          + " JOIN FETCH a.appraiser LEFT JOIN s.lineManager m"
          + " WHERE s.id = :me OR a.appraiser.id = :me OR m.id = :me"
          + " ORDER BY c.startsOn DESC, s.lastName, s.firstName";
  static final String OBJECTIVE_COUNTS =
      "SELECT o.appraisal.id, o.status, COUNT(o) FROM Objective o GROUP BY o.appraisal.id, o.status";

  @PersistenceContext EntityManager em;
  @Inject AppraisalGate gate;
  @Inject AccessControl access;
  @Inject SheetMaker sheets;

  public Appraisal find(long id) {
    Appraisal appraisal = em.find(Appraisal.class, id);
    if (appraisal == null) {
      throw new jakarta.ws.rs.NotFoundException("There is no appraisal " + id);
    }
    return appraisal;
  }

  /** One appraisal as the caller may read it; the reading is audited. */
  public AppraisalSheet read(long id) {
    Appraisal appraisal = find(id);
    AppraisalSight sight = gate.requireSight(appraisal);
    gate.viewed(appraisal);
    return sheets.sheet(appraisal, sight, gate.mayEdit(appraisal), gate.mayAddNote(appraisal));
  }

  /**
   * The person's latest appraisal, when the caller may read it; empty when they have none. Asking
   * for a person whose appraisal the caller could never read is refused even then.
   */
  public Optional<AppraisalSheet> latestOf(StaffMember person) {
    Optional<Appraisal> latest =
        em.createNamedQuery(Appraisal.FIND_BY_STAFF, Appraisal.class)
            .setParameter("staffId", person.getId())
            .getResultStream()
            .findFirst();
    if (latest.isEmpty()) {
      requireAnySight(person);
    }
    return latest.map(a -> read(a.getId()));
  }

  /** Refuses a caller who could read none of the person's appraisals (by the person alone). */
  private void requireAnySight(StaffMember person) {
    StaffMember manager = person.getLineManager();
    var subject =
        new AppraisalRules.Subject(
            person.getId(),
            manager == null ? null : manager.getId(),
            null,
            person.getSchool().getId());
    if (AppraisalRules.sight(gate.caller(), subject) == AppraisalSight.NONE) {
      throw access.deny("StaffMember", person.getId(), "another person's appraisal");
    }
  }

  /**
   * The appraisals the caller may see: their school's for the head and the SENCO (of one school),
   * else their own and those they appraise or whose line manager they are; optionally one person's
   * only. Each listed appraisal is audited as viewed.
   */
  public List<AppraisalSummary> visible(Long schoolId, Long staffId) {
    AppraisalRules.Caller me = gate.caller();
    if (staffId != null) {
      StaffMember person = em.find(StaffMember.class, staffId);
      if (person == null) {
        throw new jakarta.ws.rs.NotFoundException("There is no member of staff " + staffId);
      }
      requireAnySight(person);
      schoolId = person.getSchool().getId();
    }
    boolean schoolWide =
        schoolId != null && (me.head() || me.senco()) && schoolId.equals(me.schoolId());
    List<Appraisal> found;
    if (schoolWide) {
      found =
          em.createQuery(IN_SCHOOL, Appraisal.class)
              .setParameter("schoolId", schoolId)
              .getResultList();
    } else if (me.staffId() != null) {
      found =
          em.createQuery(MANAGED_BY, Appraisal.class)
              .setParameter("me", me.staffId())
              .getResultList();
    } else {
      throw access.deny("School", schoolId, "no appraisals to list for this account");
    }
    List<Appraisal> shown =
        found.stream()
            .filter(a -> staffId == null || staffId.equals(a.getStaffMember().getId()))
            .filter(a -> AppraisalRules.sight(me, AppraisalGate.subject(a)) != AppraisalSight.NONE)
            .toList();
    Map<Long, long[]> counts = counts();
    shown.forEach(gate::viewed);
    return shown.stream()
        .map(a -> summary(a, counts.getOrDefault(a.getId(), new long[2])))
        .toList();
  }

  /** Objectives per appraisal: [all, open]. */
  private Map<Long, long[]> counts() {
    Map<Long, long[]> counts = new HashMap<>();
    for (Object[] row : em.createQuery(OBJECTIVE_COUNTS, Object[].class).getResultList()) {
      long[] c = counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[2]);
      long n = ((Number) row[2]).longValue();
      c[0] += n;
      if (row[1] == ObjectiveStatus.OPEN) {
        c[1] += n;
      }
    }
    return counts;
  }

  private static AppraisalSummary summary(Appraisal a, long[] counts) {
    StaffMember s = a.getStaffMember();
    return new AppraisalSummary(
        a.getId(),
        s.getId(),
        s.getFullName(),
        s.getJobRole().label(),
        a.getAppraiser().getId(),
        a.getAppraiser().getFullName(),
        a.getCycle().getAcademicYear(),
        counts[0],
        counts[1]);
  }
}
