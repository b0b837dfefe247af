package org.sendcpd.organisation.entity;

public enum SchoolPhase {
  NURSERY,
  PRIMARY,
  SECONDARY,
  ALL_THROUGH,
  SPECIAL,
  ALTERNATIVE_PROVISION
}
