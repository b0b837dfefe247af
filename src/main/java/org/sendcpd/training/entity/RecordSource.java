package org.sendcpd.training.entity;

/**
 * How a CPD record came to exist: from the marked register of one of our sessions (verified at
 * once), logged by the member of staff themselves, or logged by a SENCO on someone's behalf.
 */
public enum RecordSource {
  REGISTER,
  SELF_LOGGED,
  LOGGED_BY_SENCO
}
