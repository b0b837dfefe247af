package org.sendcpd.analysis;

import java.time.LocalDate;

/** A verified CPD record's hours and cost, for what the school's CPD took and cost. */
public record CpdActivity(
    long recordId,
    long staffId,
    String delivery,
    double hours,
    double cost,
    LocalDate completedOn) {}
