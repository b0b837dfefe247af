package org.sendcpd.analysis;

/** Where a person stands on one competence on the reference date. */
public enum GapStatus {
  /** Held at the required level or above, and still held at the end of the look-ahead window. */
  MET,
  /** Held below the required level (or not at all) and nothing pending would meet it. */
  GAP,
  /** Held at the required level now, but everything that makes it so expires within the window. */
  EXPIRING,
  /** Short now, but a self-logged record awaiting verification would meet it. */
  PENDING,
  /** Nothing required of the person in this competence. */
  NOT_REQUIRED
}
