package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Keeps an absentee booked for the course: the next planned or confirmed session of the same course
 * at the same school with a free place, or, when every later one is full, the waiting list of the
 * first of them.
 */
@ApplicationScoped
public class NextSessions {

  static final String LATER =
      "SELECT t FROM TrainingSession t WHERE t.course.id = :courseId"
          + " AND t.school.id = :schoolId AND t.id <> :sessionId AND t.startsAt > :after"
          + " AND t.status IN (org.sendcpd.training.entity.SessionStatus.PLANNED,"
          + " org.sendcpd.training.entity.SessionStatus.CONFIRMED) ORDER BY t.startsAt, t.id";

  @PersistenceContext EntityManager em;
  @Inject SessionPlaces places;
  Clock clock = Clock.systemDefaultZone();

  public List<TrainingSession> after(TrainingSession session) {
    LocalDateTime now = LocalDateTime.now(clock);
    return em.createQuery(LATER, TrainingSession.class)
        .setParameter("courseId", session.getCourse().getId())
        .setParameter("schoolId", session.getSchool().getId())
        .setParameter("sessionId", session.getId())
        .setParameter("after", session.getStartsAt().isAfter(now) ? session.getStartsAt() : now)
        .getResultList();
  }

  /**
   * The first session with a free place, else the first one. Each is locked before its places are
   * counted, in the order of their start (as {@link RenewalBooking} does too), so two such
   * transactions never hold each other's locks crosswise.
   */
  TrainingSession firstWithPlace(List<TrainingSession> later) {
    for (TrainingSession session : later) {
      places.lock(session);
      if (places.free(session) > 0) {
        return session;
      }
    }
    return later.get(0);
  }

  void keepBooked(
      TrainingSession session, StaffMember person, List<Booking> rebooked, List<String> notes) {
    List<TrainingSession> later = after(session);
    if (later.isEmpty()) {
      notes.add(person.getFullName() + " is not kept booked: no later session of this course.");
      return;
    }
    Optional<Booking> already =
        later.stream()
            .flatMap(t -> places.of(t).stream())
            .filter(b -> b.getStaffMember().getId().equals(person.getId()) && b.isActive())
            .findFirst();
    if (already.isPresent()) {
      notes.add(
          person.getFullName()
              + " is already on the session of "
              + SessionPlaces.WHEN.format(already.get().getSession().getStartsAt())
              + ".");
      return;
    }
    BookingResult result = places.book(firstWithPlace(later), List.of(person), true);
    rebooked.addAll(result.bookings());
    notes.addAll(result.warnings());
  }
}
