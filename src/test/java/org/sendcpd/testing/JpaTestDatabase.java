package org.sendcpd.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A fresh database, migrated by Flyway from {@code classpath:db/migration}, with an
 * EntityManagerFactory for the real persistence unit {@code sendcpd} switched to RESOURCE_LOCAL.
 * Nothing generates tables: if an entity and a migration disagree, the tests that use this fail.
 *
 * <p>{@link #start()} gives an in-memory Derby database; {@link #postgres} a new schema in an
 * existing PostgreSQL database, dropped again on {@link #close()}. Use one per test class
 * ({@code @BeforeAll}/{@code @AfterAll}); each test method creates its own data under a fresh
 * school so methods run in any order.
 */
public final class JpaTestDatabase implements AutoCloseable {

  public static final String UNIT = "sendcpd";

  private final String url;
  private final String user;
  private final String password;
  private final String schema;
  private final MigrateResult migration;
  private final EntityManagerFactory emf;
  private final Runnable drop;

  private JpaTestDatabase(
      String url, String user, String password, String schema, String driver, Runnable drop) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.schema = schema;
    this.drop = drop;
    var flyway =
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
    if (schema != null) {
      flyway.schemas(schema).createSchemas(true);
    }
    this.migration = flyway.load().migrate();
    this.emf = Persistence.createEntityManagerFactory(UNIT, properties(driver));
    if (emf.getMetamodel().getEntities().isEmpty()) {
      throw new IllegalStateException("EclipseLink found no entities in the persistence unit root");
    }
  }

  /** Migrates a new, empty in-memory Derby database and opens the persistence unit on it. */
  public static JpaTestDatabase start() {
    String name = "cpd" + UUID.randomUUID().toString().replace("-", "");
    return new JpaTestDatabase(
        "jdbc:derby:memory:" + name + ";create=true",
        null,
        null,
        null,
        "org.apache.derby.iapi.jdbc.AutoloadedDriver",
        () -> dropDerby(name));
  }

  /** Migrates a new schema of the PostgreSQL database at {@code url}; closing drops the schema. */
  public static JpaTestDatabase postgres(String url, String user, String password) {
    String schema = "cpd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new JpaTestDatabase(
        schemaUrl,
        user,
        password,
        schema,
        "org.postgresql.Driver",
        () -> execute(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
  }

  private Map<String, Object> properties(String driver) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.jdbc.driver", driver);
    properties.put("jakarta.persistence.jdbc.url", url);
    if (user != null) {
      properties.put("jakarta.persistence.jdbc.user", user);
      properties.put("jakarta.persistence.jdbc.password", password);
    }
    properties.put("eclipselink.target-server", "None");
    properties.put("eclipselink.ddl-generation", "none");
    properties.put("eclipselink.logging.level", "WARNING");
    // -Djpa.sql=FINE prints the SQL EclipseLink sends (to see the joins a JPQL query costs)
    properties.put("eclipselink.logging.level.sql", System.getProperty("jpa.sql", "WARNING"));
    // without a weaving agent EclipseLink loads LAZY to-one eagerly and warns once per attribute
    properties.put("eclipselink.logging.level.metadata", "SEVERE");
    return properties;
  }

  public EntityManagerFactory emf() {
    return emf;
  }

  /** A new JDBC connection to the migrated database, to be closed by the caller. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** The schema the migrations created the tables in, as the JDBC metadata spells it. */
  public String schema() {
    return schema == null ? "APP" : schema;
  }

  /** Versions of the migrations this database was built with, in order. */
  public List<String> migratedVersions() {
    return migration.migrations.stream().map(m -> m.version).toList();
  }

  /** Runs the work in one transaction on a new persistence context and returns its result. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    emf.close();
    drop.run();
  }

  private static void dropDerby(String name) {
    try {
      DriverManager.getConnection("jdbc:derby:memory:" + name + ";drop=true").close();
    } catch (SQLException expected) {
      // Derby reports a successful drop as SQLState 08006.
    }
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
