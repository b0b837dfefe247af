package org.sendcpd.training.control;

import java.math.BigDecimal;

/**
 * One line of a marked register: a person booked on the session, whether they came, and for a
 * collaborative session (coaching, observation, enquiry, school-to-school) the hours they spent,
 * when not the course's.
 */
public record Attendance(long staffId, boolean attended, BigDecimal hours) {

  public Attendance(long staffId, boolean attended) {
    this(staffId, attended, null);
  }
}
