package org.sendcpd.benchmark;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.sendcpd.platform.control.SchemaMigration;

/** A fresh embedded Derby database in the size's folder, as one school runs it. */
final class DerbyDatabase implements BenchDatabase {

  /** The application's account name, whose schema holds its tables. */
  private static final String SCHEMA = "SENDCPD";

  private final Path folder;
  private final EmbeddedDataSource db = new EmbeddedDataSource();

  DerbyDatabase(Path folder) {
    this.folder = folder;
    db.setDatabaseName(folder.toString());
    db.setCreateDatabase("create");
    db.setUser("sendcpd");
    db.setPassword("sendcpd");
  }

  @Override
  public String label() {
    try (var c = db.getConnection()) {
      return "Derby " + c.getMetaData().getDatabaseProductVersion() + " embedded";
    } catch (SQLException e) {
      return "Derby embedded";
    }
  }

  @Override
  public DataSource migrated() {
    // the folder is new: Benchmark empties the size's folder before it loads
    SchemaMigration.flyway(db).migrate();
    return db;
  }

  /**
   * Index statistics for the rows just written, as Derby's statistics daemon makes them some time
   * later: without them the first plans scan whole tables where an index would serve.
   */
  @Override
  public void loaded(DataSource loaded) throws SQLException {
    try (Connection c = loaded.getConnection();
        CallableStatement update =
            c.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
      List<String> tables = new ArrayList<>();
      try (ResultSet found = c.getMetaData().getTables(null, SCHEMA, "%", new String[] {"TABLE"})) {
        while (found.next()) {
          tables.add(found.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        update.setString(1, SCHEMA);
        update.setString(2, table);
        update.execute();
      }
    }
  }

  @Override
  public void release() {
    db.setCreateDatabase(null);
    db.setShutdownDatabase("shutdown");
    try {
      db.getConnection().close();
    } catch (SQLException expected) {
      // Derby answers a clean shutdown with an exception (08006)
    }
    db.setShutdownDatabase(null);
  }

  @Override
  public Map<String, String> serverEnvironment() {
    return Map.of("CPD_DB_URL", "jdbc:derby:" + folder + ";create=true");
  }

  @Override
  public boolean backedUpByTheApp() {
    return true;
  }
}
