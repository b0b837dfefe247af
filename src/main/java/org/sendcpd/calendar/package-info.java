/**
 * The school's calendar: its academic year with terms, half-terms and INSET days, the training
 * calendar that shows the training component's sessions against them, and iCalendar feeds (RFC
 * 5545) of a person's bookings and of the school's sessions at secret URLs that calendar apps
 * subscribe to without signing in. The token in a feed's URL is its key, so its owner can revoke
 * it; feeds carry sessions only, never appraisal data.
 */
package org.sendcpd.calendar;
