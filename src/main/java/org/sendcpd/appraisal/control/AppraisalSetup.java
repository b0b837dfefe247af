package org.sendcpd.appraisal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.appraisal.entity.AppraisalCycle;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;

/**
 * Opens a person's appraisal for an academic year. The head may open anyone's in their school; a
 * line manager opens their own reports' with themselves as appraiser. The appraiser is the person's
 * line manager or a headteacher of the school. When the school has no cycle for the year yet, one
 * is opened: 1 September to 31 August, mid-year review on 1 February.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class AppraisalSetup {

  @PersistenceContext EntityManager em;
  @Inject AppraisalGate gate;
  @Inject AccessControl access;
  @Inject AuditLog audit;

  public Appraisal open(Long staffId, Long appraiserId, String academicYear) {
    StaffMember person = staff(staffId, "staffId");
    StaffMember appraiser = staff(appraiserId, "appraiserId");
    if (academicYear == null || !academicYear.matches(SchoolPriority.ACADEMIC_YEAR)) {
      throw new InvalidInputException("academicYear must look like 2026/27");
    }
    Long school = person.getSchool().getId();
    var subject =
        new AppraisalRules.Subject(
            person.getId(),
            person.getLineManager() == null ? null : person.getLineManager().getId(),
            appraiser.getId(),
            school);
    AppraisalRules.Caller me = gate.caller();
    boolean head =
        me.head() && school.equals(me.schoolId()) && !person.getId().equals(me.staffId());
    boolean manager =
        person.getLineManager() != null
            && person.getLineManager().getId().equals(me.staffId())
            && appraiser.getId().equals(me.staffId());
    if (!head && !manager) {
      throw access.deny("StaffMember", person.getId(), "may not open this appraisal");
    }
    checkAppraiser(person, appraiser, subject);
    AppraisalCycle cycle = cycle(person, academicYear);
    boolean exists =
        em.createNamedQuery(Appraisal.FIND_BY_STAFF, Appraisal.class)
            .setParameter("staffId", person.getId())
            .getResultStream()
            .anyMatch(a -> a.getCycle().getId().equals(cycle.getId()));
    if (exists) {
      throw new ConflictException(
          person.getFullName() + " already has an appraisal for " + academicYear);
    }
    Appraisal appraisal = new Appraisal(cycle, person, appraiser);
    em.persist(appraisal);
    em.flush();
    audit.change(
        gate.username(),
        "APPRAISAL_CREATED",
        "Appraisal",
        appraisal.getId(),
        Changes.of()
            .field("staffId", null, person.getId())
            .field("appraiserId", null, appraiser.getId())
            .field("academicYear", null, academicYear));
    return appraisal;
  }

  private static void checkAppraiser(
      StaffMember person, StaffMember appraiser, AppraisalRules.Subject subject) {
    boolean sameSchool = Objects.equals(appraiser.getSchool().getId(), subject.schoolId());
    boolean lineManager = appraiser.getId().equals(subject.lineManagerId());
    boolean head = appraiser.getJobRole() == JobRole.HEADTEACHER;
    if (!sameSchool || appraiser.getId().equals(person.getId()) || !(lineManager || head)) {
      throw new InvalidInputException(
          "appraiserId must be the person's line manager or a headteacher of their school");
    }
  }

  private AppraisalCycle cycle(StaffMember person, String academicYear) {
    return em.createNamedQuery(AppraisalCycle.FIND_BY_SCHOOL, AppraisalCycle.class)
        .setParameter("schoolId", person.getSchool().getId())
        .getResultStream()
        .filter(c -> c.getAcademicYear().equals(academicYear))
        .findFirst()
        .orElseGet(
            () -> {
              int start = Integer.parseInt(academicYear.substring(0, 4));
              AppraisalCycle cycle =
                  new AppraisalCycle(
                      person.getSchool(),
                      academicYear,
                      LocalDate.of(start, Month.SEPTEMBER, 1),
                      LocalDate.of(start + 1, Month.AUGUST, 31));
              cycle.setMidYearReviewOn(LocalDate.of(start + 1, Month.FEBRUARY, 1));
              em.persist(cycle);
              return cycle;
            });
  }

  private StaffMember staff(Long id, String field) {
    StaffMember person = id == null ? null : em.find(StaffMember.class, id);
    if (person == null) {
      throw new InvalidInputException(field + " names no member of staff");
    }
    return person;
  }
}
