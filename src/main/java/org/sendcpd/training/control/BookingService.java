package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Books people onto training sessions and cancels bookings, one person or a whole job role or team
 * of the session's school at a time, with the access rules of {@link BookingAccess}. Every change
 * is audited by {@link SessionPlaces}. Changes lock the session first (see {@link SessionPlaces});
 * a lock conflict is retried once.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class BookingService {

  @PersistenceContext EntityManager em;
  @Inject SessionPlaces places;
  @Inject BookingAccess access;
  @Inject StaffService staff;

  public Optional<TrainingSession> find(long sessionId) {
    return Optional.ofNullable(em.find(TrainingSession.class, sessionId));
  }

  /** The session, managed by this transaction; unknown ids are bad input. */
  public TrainingSession session(long sessionId) {
    return find(sessionId)
        .orElseThrow(() -> new InvalidInputException("There is no session " + sessionId));
  }

  /**
   * Everyone on the session for those who see the school; otherwise the caller's own and reports'.
   */
  public List<Booking> bookings(long sessionId) {
    TrainingSession session = session(sessionId);
    List<Booking> all = places.of(session);
    if (access.maySeeAll(session)) {
      return all;
    }
    return all.stream().filter(b -> access.mayBook(session, b.getStaffMember())).toList();
  }

  /** The session, locked until this transaction ends: for every change to its places. */
  TrainingSession lockedSession(long sessionId) {
    TrainingSession session = places.lock(sessionId);
    if (session == null) {
      throw new InvalidInputException("There is no session " + sessionId);
    }
    return session;
  }

  public int freePlaces(long sessionId) {
    return places.free(session(sessionId));
  }

  /** Books one person; a person already on the session is refused rather than booked twice. */
  public BookingResult bookPerson(long sessionId, long staffId, boolean waitingList) {
    TrainingSession session = lockedSession(sessionId);
    StaffMember person = member(session, staffId);
    access.requireBook(session, person);
    if (!person.isInPostOn(session.getStartsAt().toLocalDate())) {
      throw new InvalidInputException(
          person.getFullName() + " is not in post on the day of the session");
    }
    places.of(session).stream()
        .filter(b -> b.getStaffMember().getId().equals(staffId) && b.isActive())
        .findFirst()
        .ifPresent(
            b -> {
              throw new ConflictException(
                  person.getFullName()
                      + " is already on this session ("
                      + SessionPlaces.label(b)
                      + ").");
            });
    return places.book(session, List.of(person), waitingList);
  }

  /** Books every in-post member of a job role, or of a team, of the session's school. */
  public BookingResult bookGroup(
      long sessionId, JobRole jobRole, String team, boolean waitingList) {
    TrainingSession session = lockedSession(sessionId);
    access.requireBookGroups(session);
    if ((jobRole == null) == (team == null || team.isBlank())) {
      throw new InvalidInputException("Name either a job role or a team to book");
    }
    List<StaffMember> group =
        inPost(session).stream()
            .filter(
                s ->
                    jobRole == null
                        ? team.trim().equalsIgnoreCase(s.getTeam())
                        : s.getJobRole() == jobRole)
            .toList();
    if (group.isEmpty()) {
      throw new InvalidInputException(
          "No one in post at the school is "
              + (jobRole == null ? "in the team " + team : "a " + jobRole.label()));
    }
    return places.book(session, group, waitingList);
  }

  /** Books people the SENCO or head chose, such as those with a gap the course closes. */
  public BookingResult bookPeople(long sessionId, Collection<Long> staffIds, boolean waitingList) {
    TrainingSession session = lockedSession(sessionId);
    access.requireBookGroups(session);
    List<StaffMember> people = staffIds.stream().distinct().map(id -> member(session, id)).toList();
    people.forEach(person -> access.requireBook(session, person));
    return places.book(session, people, waitingList);
  }

  /** Cancels a booking of the session; a freed place goes to the first person waiting. */
  public Cancellation cancel(long sessionId, long bookingId) {
    TrainingSession session = lockedSession(sessionId);
    Booking booking = em.find(Booking.class, bookingId);
    if (booking == null || !booking.getSession().getId().equals(session.getId())) {
      throw new InvalidInputException(
          "Session " + session.getId() + " has no booking " + bookingId);
    }
    access.requireBook(session, booking.getStaffMember());
    return places.cancel(booking);
  }

  /** A session as its pages head it; for those who see the school or mark its register. */
  public SessionSummary summary(long sessionId) {
    TrainingSession session = session(sessionId);
    if (!access.mayMarkRegister(session)) {
      access.requireSeeAll(session);
    }
    return SessionSummary.of(session, places.of(session));
  }

  /** The staff of the session's school in post on its day, for those who book them. */
  public List<StaffMember> inPost(long sessionId) {
    TrainingSession session = session(sessionId);
    access.requireSeeAll(session);
    return inPost(session);
  }

  private List<StaffMember> inPost(TrainingSession session) {
    return staff.inSchool(access.groupSchool(session)).stream()
        .filter(s -> s.isInPostOn(session.getStartsAt().toLocalDate()))
        .toList();
  }

  StaffMember member(TrainingSession session, long staffId) {
    StaffMember person =
        staff
            .find(staffId)
            .orElseThrow(() -> new InvalidInputException("staffId " + staffId + " is unknown"));
    // a trust session takes staff of every school; who may book whom is BookingAccess's to say
    if (!session.isOpenToTrust()
        && !Objects.equals(person.getSchool().getId(), session.getSchool().getId())) {
      throw new InvalidInputException(
          "staffId " + staffId + " works at another school than the session's");
    }
    return person;
  }
}
