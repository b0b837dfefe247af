package org.sendcpd.training.boundary;

/** One line of a register sent to the API: {"staffId": n, "attended": true}. */
public record AttendanceJson(Long staffId, Boolean attended) {}
