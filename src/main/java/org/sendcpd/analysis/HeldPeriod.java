package org.sendcpd.analysis;

import java.time.LocalDate;

/**
 * When training counts on a reference date. It is valid from its completion date (training
 * completed after the date does not count yet) until the day before it expires: an expiry on the
 * date itself counts as expired, and no expiry date means it never lapses. Training with no
 * completion date is never valid. Every screen, report and the engine ask this class, so "held
 * today" and "lapsing soon" mean the same everywhere.
 */
public final class HeldPeriod {

  private HeldPeriod() {}

  public static boolean validOn(LocalDate completedOn, LocalDate expiresOn, LocalDate date) {
    return completedOn != null && !completedOn.isAfter(date) && !expiredBy(expiresOn, date);
  }

  /** Expired on or before the date (an expiry on the date itself has expired). */
  public static boolean expiredBy(LocalDate expiresOn, LocalDate date) {
    return expiresOn != null && !expiresOn.isAfter(date);
  }

  /** Still valid on the date but expiring within the given number of days after it. */
  public static boolean lapsesWithin(LocalDate expiresOn, LocalDate date, int days) {
    return expiresOn != null
        && !expiredBy(expiresOn, date)
        && !expiresOn.isAfter(date.plusDays(days));
  }
}
