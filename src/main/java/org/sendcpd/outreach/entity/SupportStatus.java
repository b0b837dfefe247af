package org.sendcpd.outreach.entity;

/** Where a request for support stands: waiting for the holder's school, accepted or declined. */
public enum SupportStatus {
  REQUESTED,
  ACCEPTED,
  DECLINED
}
