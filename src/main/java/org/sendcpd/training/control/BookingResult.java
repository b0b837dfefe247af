package org.sendcpd.training.control;

import java.util.List;
import org.sendcpd.training.entity.Booking;

/**
 * What a booking request did: the bookings made (BOOKED, or WAITING when the waiting list was asked
 * for) and warnings the person booking should read, such as a clash with another session.
 */
public record BookingResult(List<Booking> bookings, List<String> warnings) {}
