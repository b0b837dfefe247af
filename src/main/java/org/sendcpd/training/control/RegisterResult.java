package org.sendcpd.training.control;

import java.util.List;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.CpdRecord;

/**
 * What marking a register did: the verified records of everyone marked present (with those created
 * by this marking counted), the records withdrawn because a person was re-marked absent, the
 * bookings that keep absentees on a later session of the course, and notes for the marker.
 */
public record RegisterResult(
    List<CpdRecord> records,
    int created,
    List<Long> withdrawnRecordIds,
    List<Booking> rebooked,
    List<String> notes) {}
