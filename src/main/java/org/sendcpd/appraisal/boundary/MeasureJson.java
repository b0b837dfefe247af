package org.sendcpd.appraisal.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sendcpd.appraisal.control.MeasureDraft;
import org.sendcpd.appraisal.entity.PriorityMeasure;

/**
 * A priority's measure: a count or percentage about a group of pupils, with {@code outOf} for "14
 * of 31"; {@code id} and {@code enteredBy} are read only.
 */
public record MeasureJson(
    Long id,
    LocalDate takenOn,
    String label,
    BigDecimal value,
    BigDecimal outOf,
    String enteredBy) {

  static MeasureJson of(PriorityMeasure m) {
    return new MeasureJson(
        m.getId(), m.getTakenOn(), m.getLabel(), m.getValue(), m.getOutOf(), m.getEnteredBy());
  }

  MeasureDraft draft() {
    return new MeasureDraft(takenOn, label, value, outOf);
  }
}
