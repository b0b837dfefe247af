package org.sendcpd.notifications.entity;

/** Why a notification was sent; the screen shows an icon for each. */
public enum NotificationKind {
  BOOKING_CONFIRMED,
  SESSION_CHANGED,
  SESSION_CANCELLED,
  RECORD_VERIFIED,
  RECORD_REJECTED,
  CERTIFICATE_LAPSING,
  SUPPORT_REQUESTED,
  SUPPORT_ANSWERED,
  FOLLOW_UP_DUE
}
