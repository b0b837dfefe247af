package org.sendcpd.outreach.control;

import java.time.LocalDate;
import java.util.List;

/** What a SENCO or head sends to ask a colleague of another school for support. */
public record RequestDraft(
    Long toStaffId,
    String competenceCode,
    Integer level,
    String message,
    List<LocalDate> preferredDates) {}
