package org.sendcpd.appraisal.control;

import static org.sendcpd.workforce.control.WorkforceQuery.id;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.sendcpd.analysis.ObjectiveTarget;
import org.sendcpd.appraisal.entity.CycleStatus;
import org.sendcpd.appraisal.entity.ObjectiveStatus;
import org.sendcpd.workforce.control.WorkforceParts;
import org.sendcpd.workforce.control.WorkforceQuery;
import org.sendcpd.workforce.control.WorkforceSource;

/** The competences that open appraisal objectives of an open cycle ask of each person. */
@ApplicationScoped
public class AppraisalWorkforceSource implements WorkforceSource {

  static final String TARGETS =
      "SELECT o.id, a.staffMember.id, t.competenceLevel.competence.id, t.competenceLevel.rank FROM ObjectiveTarget t"
          + " JOIN t.objective o JOIN o.appraisal a JOIN a.cycle y WHERE SCOPE(y.school.id)"
          + " AND y.status = :openCycle AND o.status = :openObjective";

  @Override
  public void load(WorkforceQuery query, WorkforceParts parts) {
    parts.objectiveTargets(
        query
            .rows(
                TARGETS,
                Map.of("openCycle", CycleStatus.OPEN, "openObjective", ObjectiveStatus.OPEN))
            .map(r -> new ObjectiveTarget(id(r[0]), id(r[1]), id(r[2]), (int) r[3]))
            .toList());
  }
}
