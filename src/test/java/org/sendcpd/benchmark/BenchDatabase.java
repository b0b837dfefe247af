package org.sendcpd.benchmark;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Where the benchmark's data lives and how the server is pointed at it ({@code -Dbench.db}): a
 * fresh embedded Derby database in the size's folder, or the PostgreSQL database named by {@code
 * CPD_DB_URL}, {@code CPD_DB_USER} and {@code CPD_DB_PASSWORD}.
 */
interface BenchDatabase {

  static BenchDatabase named(String name, Path data) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "derby" -> new DerbyDatabase(data.resolve("db"));
      case "postgres", "postgresql" -> PostgresDatabase.fromEnvironment();
      default ->
          throw new IllegalArgumentException("bench.db '" + name + "' is not derby or postgres");
    };
  }

  /** What the results say the data was on, e.g. "PostgreSQL 15.10" (asked once migrated). */
  String label();

  /** The database emptied and migrated to the application's schema, ready to load. */
  DataSource migrated() throws SQLException;

  /** What the database needs once loaded before it is measured (statistics, for one). */
  void loaded(DataSource db) throws SQLException;

  /** Lets the server have the database (embedded Derby admits one JVM at a time). */
  void release();

  /** The server's settings for this database (payara-config/start.sh reads them). */
  Map<String, String> serverEnvironment();

  /** True where the application takes its own online backup (embedded Derby). */
  boolean backedUpByTheApp();
}
