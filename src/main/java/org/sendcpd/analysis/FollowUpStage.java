package org.sendcpd.analysis;

/**
 * How far a change a person intended after CPD has come, in their words or their line manager's:
 * not yet tried, tried at least once, or part of how they work now.
 */
public enum FollowUpStage {
  NOT_YET,
  TRIED,
  EMBEDDED
}
