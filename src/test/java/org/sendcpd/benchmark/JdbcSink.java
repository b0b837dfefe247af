package org.sendcpd.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes generated rows with batched prepared statements, one per table. A table's batch runs only
 * after the pending batches of the tables before it, so foreign keys always find their parents.
 * Afterwards every identity column restarts above the ids written, so the application keeps
 * inserting as usual.
 */
final class JdbcSink implements RowSink, AutoCloseable {

  private static final int BATCH = 2_000;
  private static final int COMMIT_EVERY = 50_000;

  private final Connection connection;
  private final Map<Table, PreparedStatement> statements = new EnumMap<>(Table.class);
  private final Map<Table, int[]> parameterTypes = new EnumMap<>(Table.class);
  private final Map<Table, Integer> pending = new EnumMap<>(Table.class);
  private long rows;
  private long sinceCommit;

  JdbcSink(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
  }

  @Override
  public void row(Table table, Object... values) {
    try {
      PreparedStatement statement = statement(table);
      int[] types = parameterTypes.get(table);
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value == null) {
          statement.setNull(i + 1, types[i]);
        } else if (value instanceof LocalDate date) {
          statement.setDate(i + 1, Date.valueOf(date));
        } else if (value instanceof LocalDateTime time) {
          statement.setTimestamp(i + 1, Timestamp.valueOf(time));
        } else {
          statement.setObject(i + 1, value);
        }
      }
      statement.addBatch();
      rows++;
      if (pending.merge(table, 1, Integer::sum) >= BATCH) {
        flushUpTo(table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not insert into " + table.sqlName, e);
    }
  }

  long rows() {
    return rows;
  }

  private PreparedStatement statement(Table table) throws SQLException {
    PreparedStatement statement = statements.get(table);
    if (statement == null) {
      String sql =
          "INSERT INTO "
              + table.sqlName
              + " ("
              + String.join(", ", table.columns)
              + ") VALUES ("
              + "?, ".repeat(table.columns.size() - 1)
              + "?)";
      statement = connection.prepareStatement(sql);
      int[] types = new int[table.columns.size()];
      var meta = statement.getParameterMetaData();
      for (int i = 0; i < types.length; i++) {
        types[i] = meta.getParameterType(i + 1);
      }
      statements.put(table, statement);
      parameterTypes.put(table, types);
    }
    return statement;
  }

  /** Runs the pending batches of this table and of every table before it, parents first. */
  private void flushUpTo(Table last) throws SQLException {
    for (Table table : Table.values()) {
      Integer count = pending.get(table);
      if (count != null && count > 0) {
        statements.get(table).executeBatch();
        pending.put(table, 0);
        sinceCommit += count;
      }
      if (table == last) {
        break;
      }
    }
    if (sinceCommit >= COMMIT_EVERY) {
      connection.commit();
      sinceCommit = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    Table[] all = Table.values();
    flushUpTo(all[all.length - 1]);
    connection.commit();
    for (PreparedStatement statement : statements.values()) {
      statement.close();
    }
    try (Statement sql = connection.createStatement()) {
      for (Table table : all) {
        if (!table.hasIdentity()) {
          continue;
        }
        long next;
        try (var max = sql.executeQuery("SELECT MAX(id) FROM " + table.sqlName)) {
          max.next();
          next = max.getLong(1) + 1;
        }
        sql.executeUpdate("ALTER TABLE " + table.sqlName + " ALTER COLUMN id RESTART WITH " + next);
      }
    }
    connection.commit();
  }
}
