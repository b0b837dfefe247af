package org.sendcpd.analysis;

/** What an active framework asks of everyone in a job role. */
public record RoleRequirement(String jobRole, long competenceId, int level) {}
