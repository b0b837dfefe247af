package org.sendcpd.training.control;

import org.sendcpd.training.entity.Booking;

/** A cancelled booking and, when it freed a place, the first waiting person who took it. */
public record Cancellation(Booking cancelled, Booking promoted) {}
