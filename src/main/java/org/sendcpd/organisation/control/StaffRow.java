package org.sendcpd.organisation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sendcpd.organisation.entity.JobRole;

/** One valid row of a staff CSV file, with the line it came from. */
public record StaffRow(
    long line,
    String firstName,
    String lastName,
    String email,
    JobRole jobRole,
    String team,
    BigDecimal fte,
    LocalDate startDate,
    LocalDate leavingDate,
    String lineManagerEmail) {}
