package org.sendcpd.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.sendcpd.platform.control.SchemaMigration;

/**
 * The PostgreSQL database of {@code CPD_DB_URL} (user and password from {@code CPD_DB_USER} and
 * {@code CPD_DB_PASSWORD}), emptied before each run. It must be a database of its own: one that
 * holds accounts the benchmark did not make is refused, never emptied.
 */
final class PostgresDatabase implements BenchDatabase {

  private final String url;
  private final String user;
  private final String password;

  private PostgresDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static PostgresDatabase fromEnvironment() {
    String url = System.getenv("CPD_DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "-Dbench.db=postgres needs CPD_DB_URL=jdbc:postgresql://host:5432/<an empty database>"
              + " (and CPD_DB_USER, CPD_DB_PASSWORD)");
    }
    return new PostgresDatabase(
        url, env("CPD_DB_USER", "sendcpd"), env("CPD_DB_PASSWORD", "sendcpd"));
  }

  @Override
  public String label() {
    try (Connection c = source().getConnection()) {
      return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      return "PostgreSQL";
    }
  }

  @Override
  public DataSource migrated() throws SQLException {
    PGSimpleDataSource db = source();
    refuseUnlessBenchmarkData(db);
    Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(db)
        .cleanDisabled(false)
        .load()
        .clean();
    SchemaMigration.flyway(db).migrate();
    return db;
  }

  /**
   * Statistics and the visibility map for the rows just written, as autovacuum would give them some
   * minutes later: the planner then chooses the indexes a running trust's database gets.
   */
  @Override
  public void loaded(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement sql = c.createStatement()) {
      c.setAutoCommit(true);
      sql.execute("VACUUM ANALYZE");
    }
  }

  @Override
  public void release() {
    // the server connects over the network like the benchmark: nothing to hand over
  }

  @Override
  public Map<String, String> serverEnvironment() {
    return Map.of("CPD_DB_URL", url, "CPD_DB_USER", user, "CPD_DB_PASSWORD", password);
  }

  @Override
  public boolean backedUpByTheApp() {
    return false;
  }

  /** Batched inserts are sent as multi-row inserts: several times faster to load. */
  private PGSimpleDataSource source() {
    PGSimpleDataSource db = new PGSimpleDataSource();
    db.setURL(url);
    db.setUser(user);
    db.setPassword(password);
    db.setReWriteBatchedInserts(true);
    return db;
  }

  private static void refuseUnlessBenchmarkData(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement sql = c.createStatement()) {
      try (ResultSet table =
          c.getMetaData().getTables(null, c.getSchema(), "user_account", new String[] {"TABLE"})) {
        if (!table.next()) {
          return;
        }
      }
      try (ResultSet others =
          sql.executeQuery(
              "SELECT COUNT(*) FROM user_account WHERE username NOT LIKE 'senco%'"
                  + " AND username NOT IN ('trust.lead', 'bench.admin')")) {
        others.next();
        if (others.getLong(1) > 0) {
          throw new IllegalStateException(
              "CPD_DB_URL names a database with accounts the benchmark did not make: the"
                  + " benchmark empties its database, so give it one of its own");
        }
      }
    }
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
