package org.sendcpd.assessment.boundary;

import java.time.LocalDate;
import org.sendcpd.assessment.control.ObservationDraft;
import org.sendcpd.assessment.entity.Observation;

/**
 * An observation as the API shows and takes it. staffId, competenceCode, level, observedOn and note
 * are given; the rest is answered: the source is always OBSERVATION, verified evidence.
 */
public record ObservationJson(
    Long id,
    Long staffId,
    String staffName,
    String competenceCode,
    String statement,
    Integer level,
    String levelName,
    LocalDate observedOn,
    String note,
    String observedBy,
    String source,
    String status) {

  static final String SOURCE = "OBSERVATION";

  static ObservationJson of(Observation o) {
    var competence = o.getCompetence();
    var levels = competence.getArea().getFramework().getLevels();
    return new ObservationJson(
        o.getId(),
        o.getStaffMember().getId(),
        o.getStaffMember().getFullName(),
        competence.getCode(),
        competence.getStatement(),
        o.getLevel(),
        o.getLevel() <= levels.size() ? levels.get(o.getLevel() - 1).getName() : null,
        o.getObservedOn(),
        o.getNote(),
        o.getObserver().getFullName(),
        SOURCE,
        "VERIFIED");
  }

  ObservationDraft draft() {
    return new ObservationDraft(staffId, competenceCode, level, observedOn, note);
  }
}
