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
          + " org.sendcpd.training.entity.SessionStatus.CONFIRMED) ORDER BY t.startsAt";

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
    TrainingSession target =
        later.stream().filter(t -> places.free(t) > 0).findFirst().orElse(later.get(0));
    BookingResult result = places.book(target, List.of(person), true);
    rebooked.addAll(result.bookings());
    notes.addAll(result.warnings());
  }
}
