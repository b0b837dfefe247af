/**
 * In-app notifications: a line for one member of staff that something happened to them (a booking
 * confirmed, a session moved or cancelled, a record verified or rejected, a certificate about to
 * lapse), shown under the bell in the top bar until they mark it read. Observes the training
 * component's events; sends the same text by email only when an SMTP server is configured.
 */
package org.sendcpd.notifications;
