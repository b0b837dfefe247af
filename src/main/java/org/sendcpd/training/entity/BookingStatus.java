package org.sendcpd.training.entity;

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

  /** True for the bookings that use up one of the session's places. */
  public boolean holdsPlace() {
    return this == BOOKED || this == ATTENDED || this == ABSENT;
  }
}
