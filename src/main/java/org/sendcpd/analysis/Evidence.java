package org.sendcpd.analysis;

import java.time.LocalDate;

/**
 * One competence and level that a CPD record or an observation evidences. Only VERIFIED evidence is
 * ever held, from its completion date until the day before it expires; PENDING evidence
 * (self-logged, awaiting verification) can only make a gap pending. Rejected records never reach
 * the analysis. An observation (someone who may judge it saw the person practise the competence) is
 * verified from the day it was seen and never expires. recordId is the id of the record or of the
 * observation: the two are numbered apart, so a piece is told by its source and id together.
 */
public record Evidence(
    long recordId,
    long staffId,
    long competenceId,
    int level,
    Status status,
    LocalDate completedOn,
    LocalDate expiresOn,
    Long courseId,
    Source source) {

  public enum Status {
    VERIFIED,
    PENDING
  }

  /** Where the evidence comes from: a CPD record (a course, a self-log) or an observation. */
  public enum Source {
    CPD_RECORD,
    OBSERVATION
  }

  public Evidence {
    source = source == null ? Source.CPD_RECORD : source;
  }

  /** A piece of a CPD record. */
  public Evidence(
      long recordId,
      long staffId,
      long competenceId,
      int level,
      Status status,
      LocalDate completedOn,
      LocalDate expiresOn,
      Long courseId) {
    this(
        recordId,
        staffId,
        competenceId,
        level,
        status,
        completedOn,
        expiresOn,
        courseId,
        Source.CPD_RECORD);
  }

  /** An observation: verified from the day seen, never expiring, no course. */
  public static Evidence observed(
      long observationId, long staffId, long competenceId, int level, LocalDate observedOn) {
    return new Evidence(
        observationId,
        staffId,
        competenceId,
        level,
        Status.VERIFIED,
        observedOn,
        null,
        null,
        Source.OBSERVATION);
  }

  /** Whether this piece belongs to a CPD record (a certificate may be among them). */
  public boolean fromRecord() {
    return source == Source.CPD_RECORD;
  }

  /** The same record or observation as the other piece (another competence of it, perhaps). */
  public boolean sameOrigin(Evidence other) {
    return source == other.source && recordId == other.recordId;
  }
}
