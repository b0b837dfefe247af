package org.sendcpd.assessment.control;

import static org.sendcpd.workforce.control.WorkforceQuery.id;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.sendcpd.analysis.Evidence;
import org.sendcpd.workforce.control.WorkforceParts;
import org.sendcpd.workforce.control.WorkforceQuery;
import org.sendcpd.workforce.control.WorkforceSource;

/**
 * Observations as the engine reads them: verified evidence from the day seen, with no expiry and no
 * course, added beside the training records' evidence.
 */
@ApplicationScoped
public class ObservationWorkforceSource implements WorkforceSource {

  static final String OBSERVATIONS =
      "SELECT o.id, s.id, o.competenceLevel.competence.id, o.competenceLevel.rank, o.observedOn"
          + " FROM Observation o JOIN o.staffMember s WHERE SCOPE(s.school.id)";

  @Override
  public void load(WorkforceQuery query, WorkforceParts parts) {
    parts.evidence(
        query
            .rows(OBSERVATIONS)
            .map(r -> Evidence.observed(id(r[0]), id(r[1]), id(r[2]), (int) r[3], (LocalDate) r[4]))
            .toList());
  }
}
