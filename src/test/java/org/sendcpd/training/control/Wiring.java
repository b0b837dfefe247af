package org.sendcpd.training.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;

/**
 * The booking and register services wired by hand over one test transaction's EntityManager, for a
 * caller with the given roles and staff record; the audit log is kept in a list.
 */
final class Wiring {

  final List<String> audit = new ArrayList<>();
  final SessionPlaces places = new SessionPlaces();
  final BookingService bookings = new BookingService();
  final RegisterService register = new RegisterService();

  Wiring(EntityManager em, Clock clock, StaffMember me, SecurityRole... roles) {
    Caller caller = new Caller(me, roles);
    AuditLog log =
        new AuditLog() {
          @Override
          public void record(String actor, String action, String type, Long id, String detail) {
            audit.add(action + " " + type + " " + id);
          }

          @Override
          public void change(String actor, String action, String type, Long id, Changes detail) {
            audit.add(action + " " + type + " " + id);
          }
        };
    TrainingAudit trainingAudit = new TrainingAudit();
    trainingAudit.audit = log;
    trainingAudit.caller = caller;
    BookingAccess access = new BookingAccess();
    access.caller = caller;
    access.access = new SchoolAccess(caller);
    places.em = em;
    places.trainingAudit = trainingAudit;
    places.caller = caller;
    places.clock = clock;
    places.confirmed = new org.sendcpd.testing.RecordedEvents<>();
    bookings.em = em;
    bookings.places = places;
    bookings.access = access;
    bookings.staff = new Staff(em);
    NextSessions next = new NextSessions();
    next.em = em;
    next.places = places;
    next.clock = clock;
    register.em = em;
    register.places = places;
    register.bookings = bookings;
    register.next = next;
    register.access = access;
    register.audit = log;
    register.trainingAudit = trainingAudit;
    register.caller = caller;
    register.clock = clock;
  }

  static final class Caller extends CurrentUser {
    private final StaffMember me;
    private final Set<SecurityRole> roles = EnumSet.noneOf(SecurityRole.class);

    Caller(StaffMember me, SecurityRole... roles) {
      this.me = me;
      this.roles.addAll(List.of(roles));
    }

    @Override
    public String username() {
      return me == null ? "admin" : me.getEmail();
    }

    @Override
    public boolean has(SecurityRole role) {
      return roles.contains(role);
    }

    @Override
    public Optional<StaffMember> staff() {
      return Optional.ofNullable(me);
    }

    @Override
    public Optional<Long> staffId() {
      return staff().map(StaffMember::getId);
    }

    @Override
    public Optional<Long> schoolId() {
      return staff().map(s -> s.getSchool().getId());
    }
  }

  /** The school-wide rule of AccessControl: SENCO or head of the school; refusals not audited. */
  static final class SchoolAccess extends AccessControl {
    private final Caller caller;

    SchoolAccess(Caller caller) {
      this.caller = caller;
    }

    @Override
    public boolean maySeeSchool(Long schoolId) {
      return caller.hasAny(SecurityRole.SENCO, SecurityRole.HEAD)
          && Objects.equals(caller.schoolId().orElse(null), schoolId);
    }

    @Override
    public boolean maySeeAllSchools() {
      return caller.hasAny(SecurityRole.TRUST_LEAD, SecurityRole.ADMIN);
    }

    @Override
    public AccessDeniedException deny(String entityType, Long entityId, String why) {
      return new AccessDeniedException(why);
    }
  }

  static final class Staff extends StaffService {
    private final EntityManager manager;

    Staff(EntityManager manager) {
      this.manager = manager;
    }

    @Override
    public Optional<StaffMember> find(long id) {
      return Optional.ofNullable(manager.find(StaffMember.class, id));
    }

    @Override
    public List<StaffMember> inSchool(long schoolId) {
      return manager
          .createNamedQuery(StaffMember.FIND_BY_SCHOOL, StaffMember.class)
          .setParameter("schoolId", schoolId)
          .getResultList();
    }
  }
}
