/**
 * The school's calendar: its academic year with terms, half-terms and INSET days, and the training
 * calendar that shows the training component's sessions against them. It reads and plans training
 * sessions through the training component's control classes and owns only the year's dates.
 */
package org.sendcpd.calendar;
