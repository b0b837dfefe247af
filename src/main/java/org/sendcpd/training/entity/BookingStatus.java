package org.sendcpd.training.entity;

import java.util.Set;

/**
 * A staff member's place on a session. INVITED means the SENCO asked them and they have not yet
 * accepted; BOOKED holds a place; WAITING is on the waiting list for a full session; ATTENDED and
 * ABSENT come from the marked register (only ATTENDED becomes a CPD record); CANCELLED frees the
 * place.
 */
public enum BookingStatus {
  INVITED,
  BOOKED,
  WAITING,
  ATTENDED,
  ABSENT,
  CANCELLED;

  /**
   * The bookings that use up one of the session's places: what capacity counts and what the
   * analysis reads as "booked onto a session that closes the gap".
   */
  public static final Set<BookingStatus> HOLDING_A_PLACE = Set.of(BOOKED, ATTENDED, ABSENT);

  /**
   * The bookings of someone still on their way to a session (asked, placed or waiting): what
   * renewals, objectives and priorities count as "already booked", so nobody is asked twice.
   */
  public static final Set<BookingStatus> ON_THE_WAY = Set.of(INVITED, BOOKED, WAITING);

  /** True for the bookings that use up one of the session's places. */
  public boolean holdsPlace() {
    return HOLDING_A_PLACE.contains(this);
  }
}
