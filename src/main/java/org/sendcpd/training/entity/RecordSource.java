package org.sendcpd.training.entity;

/**
 * How a CPD record came to exist: from the marked register of one of our sessions (verified at
 * once), logged by the member of staff themselves, logged by a SENCO on someone's behalf, or
 * imported by a SENCO from the school's earlier records (a CPD history file), verified by them.
 */
public enum RecordSource {
  REGISTER,
  SELF_LOGGED,
  LOGGED_BY_SENCO,
  IMPORTED
}
