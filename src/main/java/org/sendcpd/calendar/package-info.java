/**
 * Calendars outside the application: iCalendar feeds (RFC 5545) of a person's bookings and of a
 * school's training calendar, at secret URLs that calendar apps subscribe to without signing in.
 * The token in the URL is the key, so its owner can revoke it; feeds carry sessions only, never
 * appraisal data.
 */
package org.sendcpd.calendar;
