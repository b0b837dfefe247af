package org.sendcpd.deployment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.sendcpd.deployment.entity.StaffDeployment;
import org.sendcpd.organisation.control.PersonalData;

/** Where the person is deployed, for their download. */
@ApplicationScoped
public class DeploymentPersonalData {

  @PersistenceContext EntityManager em;

  public record DeploymentData(String group, String days, LocalDate from, LocalDate to) {}

  void export(@Observes PersonalData data) {
    data.staffId()
        .ifPresent(
            staffId ->
                data.add(
                    "deployments",
                    em.createNamedQuery(StaffDeployment.FIND_BY_STAFF, StaffDeployment.class)
                        .setParameter("staffId", staffId)
                        .getResultStream()
                        .map(
                            d ->
                                new DeploymentData(
                                    d.getGroupName(),
                                    d.getDayCodes(),
                                    d.getValidFrom(),
                                    d.getValidTo()))
                        .toList()));
  }
}
