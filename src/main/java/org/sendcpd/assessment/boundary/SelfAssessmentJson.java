package org.sendcpd.assessment.boundary;

import java.time.LocalDate;
import org.sendcpd.assessment.control.Rating;
import org.sendcpd.assessment.entity.SelfAssessment;

/**
 * A person's rating of their confidence in one competence, 1 (not yet) to 4 (could help others).
 * assessedOn is answered; when given it must be today.
 */
public record SelfAssessmentJson(
    String competenceCode, String statement, Integer confidence, LocalDate assessedOn) {

  static SelfAssessmentJson of(SelfAssessment a) {
    return new SelfAssessmentJson(
        a.getCompetence().getCode(),
        a.getCompetence().getStatement(),
        a.getConfidence(),
        a.getAssessedOn());
  }

  Rating rating() {
    return new Rating(competenceCode, confidence, assessedOn);
  }
}
