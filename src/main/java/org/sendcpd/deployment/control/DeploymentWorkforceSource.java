package org.sendcpd.deployment.control;

import static org.sendcpd.workforce.control.WorkforceQuery.id;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.sendcpd.analysis.Deployment;
import org.sendcpd.deployment.entity.StaffDeployment;
import org.sendcpd.workforce.control.WorkforceBatch;
import org.sendcpd.workforce.control.WorkforceQuery;
import org.sendcpd.workforce.control.WorkforceSource;

/** Who works with which group on which days, for capacity by group and per-day rules. */
@ApplicationScoped
public class DeploymentWorkforceSource implements WorkforceSource {

  static final String DEPLOYMENTS =
      "SELECT d.staff.id, d.groupName, d.days, d.validFrom, d.validTo, d.school.id FROM StaffDeployment d"
          + " WHERE SCOPE(d.school.id)";

  @Override
  public void load(WorkforceQuery query, WorkforceBatch batch) {
    query
        .rows(DEPLOYMENTS)
        .forEach(
            r ->
                batch
                    .of(id(r[5]))
                    .add(
                        new Deployment(
                            id(r[0]),
                            (String) r[1],
                            StaffDeployment.days((String) r[2]),
                            (LocalDate) r[3],
                            (LocalDate) r[4])));
  }
}
