package org.sendcpd.organisation.entity;

/**
 * What an account may do. STAFF is everyone with a staff record; LINE_MANAGER is never stored but
 * derived at sign-in from having reports; the others are granted by an administrator.
 */
public enum SecurityRole {
  STAFF,
  LINE_MANAGER,
  SENCO,
  HEAD,
  TRUST_LEAD,
  ADMIN
}
