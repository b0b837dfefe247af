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
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Books people onto training sessions and cancels bookings, one person or a whole job role or team
 * of the session's school at a time, with the access rules of {@link BookingAccess}. Every change
 * is audited by {@link SessionPlaces}.
 */
@ApplicationScoped
@Transactional
public class BookingService {

  @PersistenceContext EntityManager em;
  @Inject SessionPlaces places;
  @Inject BookingAccess access;
  @Inject StaffService staff;

  public Optional<TrainingSession> find(long sessionId) {
    return Optional.ofNullable(em.find(TrainingSession.class, sessionId));
  }

  /**
   * Everyone on the session for those who see the school; otherwise the caller's own and reports'.
   */
  public List<Booking> bookings(TrainingSession session) {
    List<Booking> all = places.of(session);
    if (access.maySeeAll(session)) {
      return all;
    }
    return all.stream().filter(b -> access.mayBook(session, b.getStaffMember())).toList();
  }

  public int freePlaces(TrainingSession session) {
    return places.free(session);
  }

  /** Books one person; a person already on the session is refused rather than booked twice. */
  public BookingResult bookPerson(TrainingSession session, long staffId, boolean waitingList) {
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
      TrainingSession session, JobRole jobRole, String team, boolean waitingList) {
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
  public BookingResult bookPeople(
      TrainingSession session, Collection<Long> staffIds, boolean waitingList) {
    access.requireBookGroups(session);
    List<StaffMember> people = staffIds.stream().distinct().map(id -> member(session, id)).toList();
    return places.book(session, people, waitingList);
  }

  /** Cancels a booking of the session; a freed place goes to the first person waiting. */
  public Cancellation cancel(TrainingSession session, long bookingId) {
    Booking booking = em.find(Booking.class, bookingId);
    if (booking == null || !booking.getSession().getId().equals(session.getId())) {
      throw new InvalidInputException(
          "Session " + session.getId() + " has no booking " + bookingId);
    }
    access.requireBook(session, booking.getStaffMember());
    return places.cancel(booking);
  }

  /** The session school's staff in post on the day of the session. */
  public List<StaffMember> inPost(TrainingSession session) {
    return staff.inSchool(session.getSchool().getId()).stream()
        .filter(s -> s.isInPostOn(session.getStartsAt().toLocalDate()))
        .toList();
  }

  private StaffMember member(TrainingSession session, long staffId) {
    StaffMember person =
        staff
            .find(staffId)
            .orElseThrow(() -> new InvalidInputException("staffId " + staffId + " is unknown"));
    if (!Objects.equals(person.getSchool().getId(), session.getSchool().getId())) {
      throw new InvalidInputException(
          "staffId " + staffId + " works at another school than the session's");
    }
    return person;
  }
}
