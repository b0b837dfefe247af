package org.sendcpd.notifications.control;

/** A notification was written; after its transaction commits it may also go out by email. */
public record NotificationCreated(String email, String message) {}
