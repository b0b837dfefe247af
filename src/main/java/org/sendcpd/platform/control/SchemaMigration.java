package org.sendcpd.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. The data source is
 * defined here, once, from MicroProfile Config, so the same WAR runs on embedded Derby or on
 * PostgreSQL (see microprofile-config.properties and the README).
 */
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "org.sendcpd.platform.control.JdbcUrlDataSource",
    user = "${MPCONFIG=cpd.db.user}",
    password = "${MPCONFIG=cpd.db.password}",
    properties = {"url=${MPCONFIG=cpd.db.url}"},
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/sendcpd";

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Logger log;

  private volatile boolean done;

  // Flyway manages its own connections and commits: it must not run inside a JTA transaction.
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    MigrateResult result = flyway(dataSource).migrate();
    log.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    done = true;
  }

  /** True once the migrations have run and nothing is pending. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean isUpToDate() {
    return done && flyway(dataSource).info().pending().length == 0;
  }

  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load();
  }
}
