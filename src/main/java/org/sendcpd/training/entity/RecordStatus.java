package org.sendcpd.training.entity;

import java.util.Set;

/**
 * Whether a CPD record counts. A SELF_LOGGED record is pending: it shows as "would be met once
 * verified" but never as held. A VERIFIED record counts until it expires. A REJECTED record never
 * counts and carries the reason given to the person who logged it.
 */
public enum RecordStatus {
  SELF_LOGGED,
  VERIFIED,
  REJECTED;

  /** The records the analysis reads as evidence: held once verified, pending while self-logged. */
  public static final Set<RecordStatus> COUNTED = Set.of(VERIFIED, SELF_LOGGED);
}
