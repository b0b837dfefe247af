package org.sendcpd.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Set;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.SchoolData;

/**
 * One staff member's place on one training session; a person books a session at most once. Bookings
 * on upcoming sessions count as "planned" when a gap is being closed. The session's register is
 * marked on its bookings: ATTENDED becomes a verified CPD record, ABSENT does not.
 */
@Entity
@Table(name = "booking")
@NamedQuery(
    name = Booking.FIND_BY_SESSION,
    query =
        "SELECT b FROM Booking b JOIN FETCH b.staffMember s WHERE b.session.id = :sessionId"
            + " ORDER BY s.lastName, s.firstName")
@NamedQuery(
    name = Booking.FIND_BY_STAFF,
    query =
        "SELECT b FROM Booking b JOIN FETCH b.session t WHERE b.staffMember.id = :staffId"
            + " ORDER BY t.startsAt")
@NamedQuery(
    name = Booking.COUNT_ACTIVE_BY_SESSION,
    query =
        "SELECT COUNT(b) FROM Booking b WHERE b.session.id = :sessionId AND b.status IN"
            + " (org.sendcpd.training.entity.BookingStatus.BOOKED,"
            + " org.sendcpd.training.entity.BookingStatus.ATTENDED,"
            + " org.sendcpd.training.entity.BookingStatus.ABSENT)")
@NamedQuery(
    name = Booking.FIND_PLANNED_BY_SCHOOL,
    query =
        "SELECT b FROM Booking b JOIN FETCH b.session t WHERE t.school.id = :schoolId"
            + " AND t.startsAt >= :from AND t.status IN"
            + " (org.sendcpd.training.entity.SessionStatus.PLANNED,"
            + " org.sendcpd.training.entity.SessionStatus.CONFIRMED) AND b.status IN"
            + " (org.sendcpd.training.entity.BookingStatus.INVITED,"
            + " org.sendcpd.training.entity.BookingStatus.BOOKED,"
            + " org.sendcpd.training.entity.BookingStatus.WAITING)")
public class Booking implements SchoolData {

  public static final String FIND_BY_SESSION = "Booking.findBySession";
  public static final String FIND_BY_STAFF = "Booking.findByStaff";

  /** The places taken on a session (see {@link BookingStatus#holdsPlace()}). */
  public static final String COUNT_ACTIVE_BY_SESSION = "Booking.countActiveBySession";

  /** Open bookings on a school's sessions from a date on: the gap engine's "planned" training. */
  public static final String FIND_PLANNED_BY_SCHOOL = "Booking.findPlannedBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private TrainingSession session;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_member_id")
  private StaffMember staffMember;

  @NotNull
  @Enumerated(EnumType.STRING)
  private BookingStatus status;

  @NotNull
  @Column(name = "booked_at")
  private Instant bookedAt;

  /** Place on the waiting list, 1 first; null unless the booking is WAITING. */
  @Min(1)
  @Column(name = "waiting_position")
  private Integer waitingPosition;

  protected Booking() {}

  public Booking(
      TrainingSession session, StaffMember staffMember, BookingStatus status, Instant bookedAt) {
    this.session = session;
    this.staffMember = staffMember;
    this.status = status;
    this.bookedAt = bookedAt;
  }

  /** Gives the person a place on the session, taking them off the waiting list. */
  public void place() {
    status = BookingStatus.BOOKED;
    waitingPosition = null;
  }

  /** Puts the person on the waiting list at a position, 1 first. */
  public void waitAt(int position) {
    status = BookingStatus.WAITING;
    waitingPosition = position;
  }

  /** Frees the place (or the waiting-list position); the row stays for the record. */
  public void cancel() {
    status = BookingStatus.CANCELLED;
    waitingPosition = null;
  }

  /** A cancelled or invited booking taken up again counts from the moment it is renewed. */
  public void renewedAt(Instant at) {
    bookedAt = at;
  }

  /** True while the booking stands: a place, a waiting-list position or a marked attendance. */
  public boolean isActive() {
    return status != BookingStatus.CANCELLED && status != BookingStatus.INVITED;
  }

  public Long getId() {
    return id;
  }

  public TrainingSession getSession() {
    return session;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public void setStatus(BookingStatus status) {
    this.status = status;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public Integer getWaitingPosition() {
    return waitingPosition;
  }

  public void setWaitingPosition(Integer waitingPosition) {
    this.waitingPosition = waitingPosition;
  }

  /** A booking on a session open to the trust changes the places every school is offered. */
  @Override
  public Set<Long> readBySchools() {
    return SchoolData.together(getSession(), getStaffMember());
  }
}
