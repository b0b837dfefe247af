package org.sendcpd.analysis;

/**
 * What an active framework asks of everyone in a job role: in every school, or (schoolId set) in
 * the one school whose framework it is.
 */
public record RoleRequirement(String jobRole, long competenceId, int level, Long schoolId) {

  /** A requirement of a framework every school shares. */
  public RoleRequirement(String jobRole, long competenceId, int level) {
    this(jobRole, competenceId, level, null);
  }
}
