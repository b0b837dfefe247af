package org.sendcpd.appraisal.entity;

/** How far a school priority has got; judged at the end of its year against its success measure. */
public enum PriorityStatus {
  PLANNED,
  IN_PROGRESS,
  ACHIEVED,
  PARTLY_ACHIEVED,
  NOT_ACHIEVED
}
