package org.sendcpd.training.boundary;

import java.math.BigDecimal;

/**
 * One line of a register sent to the API: {"staffId": n, "attended": true}, and for a collaborative
 * session optionally the "hours" the person spent.
 */
public record AttendanceJson(Long staffId, Boolean attended, BigDecimal hours) {}
