package org.sendcpd.appraisal.entity;

/**
 * The three conversations of an appraisal year: setting objectives, the mid-year review, the end.
 */
public enum ReviewPoint {
  START,
  MID_YEAR,
  END
}
