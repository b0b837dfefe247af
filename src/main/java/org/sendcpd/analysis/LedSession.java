package org.sendcpd.analysis;

import java.time.LocalDate;

/**
 * A delivered session that a member of staff led: they facilitated an in-house session or led a
 * collaborative one (coaching, peer observation, collaborative enquiry, school-to-school support).
 * Delivery is the name of the model's DeliveryType.
 */
public record LedSession(long sessionId, long facilitatorId, String delivery, LocalDate on) {}
