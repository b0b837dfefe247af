package org.sendcpd.training.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One certificate due for renewal, as the renewals screen shows it.
 *
 * @param days days left until it lapses, or (negative) days since it expired
 * @param nextSessionId the session to re-book onto, null when none is planned
 * @param booked when the person already holds an open booking on an upcoming session of the course
 * @param bookedStatus that booking's status (BOOKED, WAITING, INVITED), null when none
 */
public record RenewalRow(
    long recordId,
    long staffId,
    String person,
    String title,
    String competences,
    LocalDate expiresOn,
    long days,
    boolean expired,
    Long nextSessionId,
    LocalDateTime nextStartsAt,
    int freePlaces,
    LocalDateTime booked,
    String bookedStatus)
    implements Serializable {

  public boolean canRebook() {
    return nextSessionId != null && booked == null;
  }
}
