package org.sendcpd.deployment.control;

import static org.sendcpd.workforce.control.WorkforceQuery.id;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.sendcpd.analysis.Deployment;
import org.sendcpd.deployment.entity.StaffDeployment;
import org.sendcpd.workforce.control.WorkforceParts;
import org.sendcpd.workforce.control.WorkforceQuery;
import org.sendcpd.workforce.control.WorkforceSource;

/** Who works with which group on which days, for capacity by group and per-day rules. */
@ApplicationScoped
public class DeploymentWorkforceSource implements WorkforceSource {

  static final String DEPLOYMENTS =
      "SELECT d.staff.id, d.groupName, d.days, d.validFrom, d.validTo FROM StaffDeployment d"
          + " WHERE SCOPE(d.school.id)";

  @Override
  public void load(WorkforceQuery query, WorkforceParts parts) {
    parts.deployments(
        query
            .rows(DEPLOYMENTS)
            .map(
                r ->
                    new Deployment(
                        id(r[0]),
                        (String) r[1],
                        StaffDeployment.days((String) r[2]),
                        (LocalDate) r[3],
                        (LocalDate) r[4]))
            .toList());
  }
}
