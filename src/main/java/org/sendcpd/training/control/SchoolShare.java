package org.sendcpd.training.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.TrainingSession;

/**
 * The places one school may hold on a trust session that limits them ({@link
 * TrainingSession#getPlacesPerSchool()}), so one school cannot take every place of a course meant
 * for all. Counted from the bookings read under the session's lock, like capacity (see {@link
 * SessionPlaces}); sessions without a limit are never limited here.
 */
final class SchoolShare {

  private SchoolShare() {}

  /** Places held on the session, by the school of the person holding each. */
  static Map<Long, Integer> held(Collection<Booking> bookings) {
    Map<Long, Integer> held = new HashMap<>();
    bookings.stream()
        .filter(b -> b.getStatus().holdsPlace())
        .forEach(b -> held.merge(b.getStaffMember().getSchool().getId(), 1, Integer::sum));
    return held;
  }

  static boolean hasRoom(TrainingSession session, Map<Long, Integer> held, StaffMember person) {
    Integer limit = limit(session);
    return limit == null || held.getOrDefault(person.getSchool().getId(), 0) < limit;
  }

  /** Refuses, changing nothing, when the people would take a school beyond its share. */
  static void requireRoom(
      TrainingSession session, Map<Long, Integer> held, List<StaffMember> people) {
    Integer limit = limit(session);
    if (limit == null) {
      return;
    }
    Map<Long, Integer> wanted = new HashMap<>(held);
    for (StaffMember person : people) {
      int count = wanted.merge(person.getSchool().getId(), 1, Integer::sum);
      if (count > limit) {
        int already = held.getOrDefault(person.getSchool().getId(), 0);
        throw new ConflictException(
            "Each school may hold at most "
                + limit
                + " places on this trust session; "
                + person.getSchool().getName()
                + " holds "
                + already
                + ". Book fewer people or add the rest to the waiting list.");
      }
    }
  }

  /** The first person waiting whose school is still under its share; null when there is none. */
  static Booking firstWithRoom(
      TrainingSession session, Collection<Booking> all, List<Booking> waiting) {
    Map<Long, Integer> held = held(all);
    return waiting.stream()
        .filter(b -> hasRoom(session, held, b.getStaffMember()))
        .findFirst()
        .orElse(null);
  }

  private static Integer limit(TrainingSession session) {
    return session.isOpenToTrust() ? session.getPlacesPerSchool() : null;
  }
}
