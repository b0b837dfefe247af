package org.sendcpd.training.entity;

/**
 * How a CPD record came to exist: from the marked register of one of our sessions (verified at
 * once), logged by the member of staff themselves, logged by a SENCO on someone's behalf, imported
 * by a SENCO from the school's earlier records (a CPD history file), verified by them, or, for the
 * colleague who led a school-to-school session, from its register as having led it (hours only:
 * leading counts as CPD time, but evidences no competence the leader did not already hold).
 */
public enum RecordSource {
  REGISTER,
  SELF_LOGGED,
  LOGGED_BY_SENCO,
  IMPORTED,
  FACILITATED
}
