package org.sendcpd.training.control;

/** One line of a marked register: a person booked on the session, and whether they came. */
public record Attendance(long staffId, boolean attended) {}
