package org.sendcpd.assessment.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.sendcpd.assessment.entity.Observation;

/** An observation as the screens list it. */
public record ObservationRow(
    long id,
    LocalDate observedOn,
    String competenceCode,
    String statement,
    String level,
    String note,
    String observedBy)
    implements Serializable {

  static ObservationRow of(Observation o) {
    ObservationJson json = ObservationJson.of(o);
    return new ObservationRow(
        o.getId(),
        o.getObservedOn(),
        json.competenceCode(),
        json.statement(),
        json.levelName(),
        o.getNote(),
        json.observedBy());
  }
}
