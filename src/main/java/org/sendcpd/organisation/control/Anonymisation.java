package org.sendcpd.organisation.control;

/**
 * A leaver's personal details are being removed under the retention rule, in the transaction that
 * removes them from their staff record: fired as a CDI event so that each component clears what it
 * keeps of theirs (free text, certificate files, notifications) and keeps what counts (records,
 * hours, bookings).
 */
public record Anonymisation(long staffId) {

  /** What replaces a note that must keep some text. */
  public static final String REMOVED = "(removed under the retention rule)";
}
