package org.sendcpd.appraisal.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measure as the SENCO enters it: "on track in reading", 14 out of 31, on a day. */
public record MeasureDraft(LocalDate takenOn, String label, BigDecimal value, BigDecimal outOf) {}
