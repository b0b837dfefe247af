package org.sendcpd.analysis;

/** A target of an open objective in the current appraisal cycle: an individual requirement. */
public record ObjectiveTarget(long objectiveId, long staffId, long competenceId, int level) {}
