package org.sendcpd.appraisal.entity;

/** Where one action of a development-plan priority stands. */
public enum ActionStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE
}
