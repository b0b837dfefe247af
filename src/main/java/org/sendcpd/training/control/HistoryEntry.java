package org.sendcpd.training.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sendcpd.training.entity.DeliveryType;

/**
 * One line of a CPD history with its values read and checked on their own: who (by email), what
 * (the course title), when, and the optional rest (null when the line leaves it empty).
 */
public record HistoryEntry(
    long line,
    String email,
    String title,
    DeliveryType delivery,
    LocalDate completedOn,
    BigDecimal hours,
    String competenceCode,
    Integer level,
    LocalDate expiresOn,
    String provider,
    BigDecimal cost) {

  /** Lines with the same person, title and day make one record. */
  public String recordKey() {
    return email + "\n" + title.toLowerCase(java.util.Locale.ROOT) + "\n" + completedOn;
  }
}
