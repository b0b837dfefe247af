package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * The places of one session: capacity, the waiting list in order, promotion when a place frees up,
 * and the warning when a person is already booked at the same time elsewhere. No access checks:
 * callers have made them.
 *
 * <p>Everything that takes or frees a place first locks the session's row ({@link #lock}) and only
 * then counts, so simultaneous requests queue on that one row in the database and each counts what
 * the one before it committed; capacity and the waiting-list order hold on Derby and PostgreSQL
 * alike, however many requests arrive at once and on however many servers.
 */
@ApplicationScoped
public class SessionPlaces {

  static final String OVERLAPPING =
      "SELECT b FROM Booking b JOIN FETCH b.session t JOIN FETCH t.course"
          + " WHERE b.staffMember.id = :staffId AND t.id <> :sessionId"
          + " AND b.status = org.sendcpd.training.entity.BookingStatus.BOOKED"
          + " AND t.status <> org.sendcpd.training.entity.SessionStatus.CANCELLED"
          + " AND t.startsAt < :endsAt AND t.endsAt > :startsAt";

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @PersistenceContext EntityManager em;
  @Inject TrainingAudit trainingAudit;
  @Inject CurrentUser caller;
  @Inject Event<TrainingEvents.BookingConfirmed> confirmed;
  Clock clock = Clock.systemDefaultZone();

  /**
   * The session, locked for the rest of the transaction and read again under the lock (so its
   * capacity and status are what was last committed); null when there is no such session.
   */
  public TrainingSession lock(long sessionId) {
    TrainingSession session = em.find(TrainingSession.class, sessionId);
    if (session != null) {
      lock(session);
    }
    return session;
  }

  /** Locks a session this transaction has read; a second call costs nothing. */
  public void lock(TrainingSession session) {
    if (em.getLockMode(session) != LockModeType.PESSIMISTIC_WRITE) {
      em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
    }
  }

  public List<Booking> of(TrainingSession session) {
    return em.createNamedQuery(Booking.FIND_BY_SESSION, Booking.class)
        .setParameter("sessionId", session.getId())
        .getResultList();
  }

  public int free(TrainingSession session) {
    long taken = of(session).stream().filter(b -> b.getStatus().holdsPlace()).count();
    return (int) Math.max(0, session.getCapacity() - taken);
  }

  /**
   * Books the people onto the session: a place while there is one, then the waiting list if asked
   * for, else nothing at all and a 409 that says how many places are left. People already on the
   * session are left as they are, with a warning.
   */
  public BookingResult book(
      TrainingSession session, List<StaffMember> people, boolean waitingList) {
    lock(session);
    requireBookable(session);
    Map<Long, Booking> existing =
        of(session).stream()
            .collect(Collectors.toMap(b -> b.getStaffMember().getId(), Function.identity()));
    List<String> warnings = new ArrayList<>();
    List<StaffMember> toBook = new ArrayList<>();
    for (StaffMember person : people) {
      Booking booking = existing.get(person.getId());
      if (booking != null && booking.isActive()) {
        warnings.add(
            person.getFullName() + " is already on this session (" + label(booking) + ").");
      } else if (!toBook.contains(person)) {
        toBook.add(person);
      }
    }
    int free = free(session);
    if (toBook.size() > free && !waitingList) {
      throw new ConflictException(full(session, free, toBook.size()));
    }
    Map<Long, Integer> held = SchoolShare.held(existing.values());
    if (!waitingList) {
      SchoolShare.requireRoom(session, held, toBook);
    }
    int position = lastWaitingPosition(existing.values());
    List<Booking> made = new ArrayList<>();
    for (StaffMember person : toBook) {
      Booking booking = existing.get(person.getId());
      Changes.Snapshot before = booking == null ? null : TrainingAudit.fields(booking);
      if (booking == null) {
        booking = new Booking(session, person, BookingStatus.BOOKED, clock.instant());
        em.persist(booking);
      } else {
        booking.renewedAt(clock.instant());
      }
      if (free > 0 && SchoolShare.hasRoom(session, held, person)) {
        booking.place();
        free--;
        held.merge(person.getSchool().getId(), 1, Integer::sum);
      } else {
        booking.waitAt(++position);
      }
      em.flush();
      trainingAudit.booking(
          booking.getStatus() == BookingStatus.BOOKED ? "BOOKING_MADE" : "BOOKING_WAITING",
          booking,
          before);
      confirmed.fire(new TrainingEvents.BookingConfirmed(booking.getId()));
      warnings.addAll(overlaps(session, person));
      made.add(booking);
    }
    return new BookingResult(made, warnings);
  }

  /** Cancels a booking; a freed place goes to the first person waiting. */
  public Cancellation cancel(Booking booking) {
    TrainingSession session = booking.getSession();
    lock(session);
    em.refresh(booking); // its status as last committed, now that no one else can change it
    requireBookable(session);
    if (!booking.isActive()) {
      throw new ConflictException("This booking is not active (" + label(booking) + ").");
    }
    boolean heldPlace = booking.getStatus().holdsPlace();
    Changes.Snapshot before = TrainingAudit.fields(booking);
    booking.cancel();
    trainingAudit.booking("BOOKING_CANCELLED", booking, before);
    List<Booking> waiting = waiting(session);
    Booking promoted = null;
    Booking next = SchoolShare.firstWithRoom(session, of(session), waiting);
    if (heldPlace && next != null && free(session) > 0) {
      promoted = next;
      waiting.remove(next);
      Changes.Snapshot waited = TrainingAudit.fields(promoted);
      promoted.place();
      trainingAudit.booking("BOOKING_PROMOTED", promoted, waited);
      confirmed.fire(new TrainingEvents.BookingConfirmed(promoted.getId()));
    }
    for (int i = 0; i < waiting.size(); i++) {
      waiting.get(i).waitAt(i + 1);
    }
    return new Cancellation(booking, promoted);
  }

  /** Other sessions the person holds a place on at an overlapping time, as warnings. */
  List<String> overlaps(TrainingSession session, StaffMember person) {
    return em
        .createQuery(OVERLAPPING, Booking.class)
        .setParameter("staffId", person.getId())
        .setParameter("sessionId", session.getId())
        .setParameter("startsAt", session.getStartsAt())
        .setParameter("endsAt", session.getEndsAt())
        .getResultList()
        .stream()
        .map(
            b ->
                person.getFullName()
                    + " is also booked on "
                    + b.getSession().getCourse().getTitle()
                    + " at "
                    + WHEN.format(b.getSession().getStartsAt())
                    + ", which overlaps.")
        .toList();
  }

  List<Booking> waiting(TrainingSession session) {
    return new ArrayList<>(
        of(session).stream()
            .filter(b -> b.getStatus() == BookingStatus.WAITING)
            .sorted(Comparator.comparing(Booking::getWaitingPosition))
            .toList());
  }

  static void requireBookable(TrainingSession session) {
    if (!session.getStatus().isBookable()) {
      throw new ConflictException(
          "This session is "
              + session.getStatus().name().toLowerCase()
              + " and takes no bookings or changes to them.");
    }
  }

  private static int lastWaitingPosition(java.util.Collection<Booking> bookings) {
    return bookings.stream()
        .filter(b -> b.getStatus() == BookingStatus.WAITING)
        .mapToInt(Booking::getWaitingPosition)
        .max()
        .orElse(0);
  }

  private static String full(TrainingSession session, int free, int wanted) {
    if (free == 0) {
      return "The session is full: all "
          + session.getCapacity()
          + " places are taken. Add people to the waiting list instead.";
    }
    return "Only "
        + free
        + " of "
        + session.getCapacity()
        + " places are free for "
        + wanted
        + " people. Book fewer people or add the rest to the waiting list.";
  }

  static String label(Booking booking) {
    return switch (booking.getStatus()) {
      case WAITING -> "waiting list, position " + booking.getWaitingPosition();
      default -> booking.getStatus().name().toLowerCase();
    };
  }
}
