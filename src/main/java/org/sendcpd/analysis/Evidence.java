package org.sendcpd.analysis;

import java.time.LocalDate;

/**
 * One competence and level that a CPD record evidences. Only VERIFIED evidence is ever held, from
 * its completion date until the day before it expires; PENDING evidence (self-logged, awaiting
 * verification) can only make a gap pending. Rejected records never reach the analysis.
 */
public record Evidence(
    long recordId,
    long staffId,
    long competenceId,
    int level,
    Status status,
    LocalDate completedOn,
    LocalDate expiresOn,
    Long courseId) {

  public enum Status {
    VERIFIED,
    PENDING
  }
}
