package org.sendcpd.training.control;

import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Who may book whom. The SENCO and the head run their school's calendar and book anyone in it, and
 * whole groups; a line manager books their own reports; every member of staff books themselves, so
 * a TA who sees a gap on My gaps can take a free place without asking the SENCO to do it for them
 * (capacity still applies, so self-service can never overfill a session). The register is marked by
 * the SENCO or head, or by the member of staff who ran the session.
 */
@RequestScoped
public class BookingAccess {

  @Inject CurrentUser caller;
  @Inject AccessControl access;

  /** True for the SENCO or head of the session's school. */
  public boolean runsSchool(long schoolId) {
    return caller.hasAny(SENCO, HEAD) && Objects.equals(caller.schoolId().orElse(null), schoolId);
  }

  /**
   * On a session open to the trust, each school's SENCO or head books their own staff (the host
   * school's planners book only theirs) and trust leads book anyone.
   */
  public boolean mayBook(TrainingSession session, StaffMember person) {
    if (session.isOpenToTrust()
        ? runsSchool(person.getSchool().getId()) || access.maySeeAllSchools()
        : runsSchool(session.getSchool().getId())) {
      return true;
    }
    Long me = caller.staffId().orElse(null);
    if (me == null) {
      return false;
    }
    StaffMember manager = person.getLineManager();
    return me.equals(person.getId()) || manager != null && me.equals(manager.getId());
  }

  public void requireBook(TrainingSession session, StaffMember person) {
    if (!mayBook(session, person)) {
      throw access.deny("TrainingSession", session.getId(), "may not book " + person.getId());
    }
  }

  /**
   * The school whose groups the caller books onto the session: the session's, or on a trust session
   * the caller's own.
   */
  public long groupSchool(TrainingSession session) {
    Long own = caller.schoolId().orElse(null);
    return session.isOpenToTrust() && own != null ? own : session.getSchool().getId();
  }

  public void requireBookGroups(TrainingSession session) {
    if (!runsSchool(groupSchool(session))) {
      throw access.deny("TrainingSession", session.getId(), "only the SENCO or head books groups");
    }
  }

  /** The whole booking list: for those who see the school (SENCO, head, trust lead, admin). */
  public boolean maySeeAll(TrainingSession session) {
    return access.maySeeSchool(session.getSchool().getId());
  }

  public void requireSeeAll(TrainingSession session) {
    if (!maySeeAll(session)) {
      throw access.deny("TrainingSession", session.getId(), "the session's booking list");
    }
  }

  public boolean mayMarkRegister(TrainingSession session) {
    Long me = caller.staffId().orElse(null);
    StaffMember facilitator = session.getFacilitator();
    boolean ranIt = me != null && facilitator != null && me.equals(facilitator.getId());
    return ranIt || runsSchool(session.getSchool().getId());
  }

  public void requireMarkRegister(TrainingSession session) {
    if (!mayMarkRegister(session)) {
      throw access.deny("TrainingSession", session.getId(), "the register is not theirs to mark");
    }
  }
}
