package org.sendcpd.assessment.control;

import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;

/**
 * Who may record that they saw a person practise: the person's line manager, or the SENCO or the
 * head of the person's school; never the person themselves, and only someone with a staff record
 * (an observation names who saw it). Refusals are audited and say why.
 */
@RequestScoped
public class ObserverRights {

  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @PersistenceContext EntityManager em;

  static final String IN_SCHOOL =
      "SELECT s FROM StaffMember s WHERE s.school.id = :schoolId"
          + " ORDER BY s.lastName, s.firstName, s.id";
  static final String REPORTS =
      "SELECT s FROM StaffMember s WHERE s.lineManager.id = :managerId"
          + " ORDER BY s.lastName, s.firstName, s.id";

  /** Whether the caller may observe the person (for what a screen offers). */
  public boolean mayObserve(StaffMember person) {
    return reason(person) == null;
  }

  /** The caller's staff record, when they may observe the person; a refusal otherwise. */
  public StaffMember requireObserverOf(StaffMember person) {
    String why = reason(person);
    if (why != null) {
      throw access.refuse("StaffMember", person.getId(), why);
    }
    return caller.staff().orElseThrow();
  }

  /**
   * The people in post the caller may observe, by surname: everyone else in their school for a
   * SENCO or head, else their own reports.
   */
  public List<StaffMember> observable(LocalDate date) {
    StaffMember me = caller.staff().orElse(null);
    if (me == null) {
      return List.of();
    }
    List<StaffMember> people =
        leadsSchool()
            ? em.createQuery(IN_SCHOOL, StaffMember.class)
                .setParameter("schoolId", me.getSchool().getId())
                .getResultList()
            : em.createQuery(REPORTS, StaffMember.class)
                .setParameter("managerId", me.getId())
                .getResultList();
    return people.stream()
        .filter(p -> p.isInPostOn(date) && !p.getId().equals(me.getId()))
        .toList();
  }

  /** Whether the caller leads a school (SENCO or head) and so observes anyone in it. */
  public boolean leadsSchool() {
    return caller.hasAny(SENCO, HEAD) && caller.staff().isPresent();
  }

  private String reason(StaffMember person) {
    StaffMember me = caller.staff().orElse(null);
    if (me == null) {
      return "Only a line manager, the SENCO or the head records observations, and you have no"
          + " staff record.";
    }
    if (me.getId().equals(person.getId())) {
      return "Nobody records an observation of themselves: your line manager, the SENCO or the"
          + " head records what they saw you do.";
    }
    boolean manager =
        person.getLineManager() != null && me.getId().equals(person.getLineManager().getId());
    boolean leader =
        caller.hasAny(SENCO, HEAD)
            && Objects.equals(me.getSchool().getId(), person.getSchool().getId());
    if (!manager && !leader) {
      return "You may record observations of the people you line-manage, or as SENCO or head of"
          + " their school.";
    }
    return null;
  }
}
