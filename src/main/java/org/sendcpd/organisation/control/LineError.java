package org.sendcpd.organisation.control;

/** What is wrong with one line of an imported file; line 1 is the header. */
public record LineError(long line, String message) {}
