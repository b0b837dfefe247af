package org.sendcpd.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory Derby database, migrated by Flyway from {@code classpath:db/migration}, with an
 * EntityManagerFactory for the real persistence unit {@code sendcpd} switched to RESOURCE_LOCAL.
 * Nothing generates tables: if an entity and a migration disagree, the tests that use this fail.
 *
 * <p>Use one per test class ({@code @BeforeAll}/{@code @AfterAll}); each test method creates its
 * own data under a fresh school so methods run in any order.
 */
public final class JpaTestDatabase implements AutoCloseable {

  public static final String UNIT = "sendcpd";

  private final String name;
  private final String url;
  private final EntityManagerFactory emf;

  private JpaTestDatabase(String name) {
    this.name = name;
    this.url = "jdbc:derby:memory:" + name + ";create=true";
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    this.emf = Persistence.createEntityManagerFactory(UNIT, properties(url));
    if (emf.getMetamodel().getEntities().isEmpty()) {
      throw new IllegalStateException("EclipseLink found no entities in the persistence unit root");
    }
  }

  /** Migrates a new, empty database and opens the persistence unit on it. */
  public static JpaTestDatabase start() {
    return new JpaTestDatabase("cpd" + UUID.randomUUID().toString().replace("-", ""));
  }

  static Map<String, Object> properties(String url) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put(
        "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver");
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("eclipselink.target-server", "None");
    properties.put("eclipselink.ddl-generation", "none");
    properties.put("eclipselink.logging.level", "WARNING");
    // without a weaving agent EclipseLink loads LAZY to-one eagerly and warns once per attribute
    properties.put("eclipselink.logging.level.metadata", "SEVERE");
    return properties;
  }

  public EntityManagerFactory emf() {
    return emf;
  }

  public String jdbcUrl() {
    return url;
  }

  public EntityManager createEntityManager() {
    return emf.createEntityManager();
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
    try {
      DriverManager.getConnection("jdbc:derby:memory:" + name + ";drop=true").close();
    } catch (SQLException expected) {
      // Derby reports a successful drop as SQLState 08006.
    }
  }
}
