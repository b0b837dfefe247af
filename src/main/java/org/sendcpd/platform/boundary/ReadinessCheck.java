package org.sendcpd.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sendcpd.platform.control.RequestGate;
import org.sendcpd.platform.control.SchemaMigration;

/** Ready when the database answers, every migration has run and the server is not stopping. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject SchemaMigration migration;
  @Inject RequestGate gate;

  @Override
  public HealthCheckResponse call() {
    if (!gate.isOpen()) {
      // a load balancer sends no more work; the database is left alone while it closes
      return HealthCheckResponse.named("database").down().withData("stopping", true).build();
    }
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
    } catch (SQLException e) {
      reachable = false;
    }
    boolean migrated = reachable && migration.isUpToDate();
    return HealthCheckResponse.named("database")
        .status(reachable && migrated)
        .withData("reachable", reachable)
        .withData("migrated", migrated)
        .build();
  }
}
