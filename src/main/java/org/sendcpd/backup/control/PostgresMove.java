package org.sendcpd.backup.control;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies every row of a school's Derby database into a PostgreSQL database whose schema Flyway has
 * just built: tables in foreign-key order, a table's references to itself set in a second pass,
 * identities restarted after the highest key, all in one transaction (a failure leaves the target
 * as empty as it was). Then every table's rows and values are compared with the source.
 */
public final class PostgresMove {

  /** One table copied: its rows and digest on both sides. */
  public record Copied(String table, TableDigest source, TableDigest target) {
    public boolean identical() {
      return source.equals(target);
    }
  }

  private static final int BATCH = 1000;

  private final Connection source;
  private final Connection target;

  public PostgresMove(Connection source, Connection target) {
    this.source = source;
    this.target = target;
  }

  public List<Copied> copy() throws SQLException {
    List<TableOrder.Table> tables = TableOrder.of(target.getMetaData(), target.getSchema());
    refuseUnlessEmpty();
    target.setAutoCommit(false);
    try {
      List<TableOrder.Table> children = new ArrayList<>(tables);
      Collections.reverse(children);
      for (TableOrder.Table table : children) {
        if (rows(target, table.name()) > 0) {
          try (Statement s = target.createStatement()) {
            s.executeUpdate("DELETE FROM " + table.name()); // rows a migration put there
          }
        }
      }
      for (TableOrder.Table table : tables) {
        copy(table, columns(table.name()));
      }
      for (TableOrder.Table table : tables) {
        restartIdentity(table);
      }
      target.commit();
    } catch (SQLException | RuntimeException e) {
      target.rollback();
      throw e;
    }
    List<Copied> copied = new ArrayList<>();
    for (TableOrder.Table table : tables) {
      List<String> columns = columns(table.name());
      copied.add(
          new Copied(
              table.name(),
              TableDigest.of(source, table.name(), columns),
              TableDigest.of(target, table.name(), columns)));
    }
    return copied;
  }

  /** A school's data must not be poured over another's: the target has no accounts yet. */
  private void refuseUnlessEmpty() throws SQLException {
    if (rows(target, "user_account") > 0 || rows(target, "audit_event") > 0) {
      throw new IllegalStateException(
          "the PostgreSQL database already holds a school's data: move into an empty database");
    }
  }

  private static long rows(Connection db, String table) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The columns both sides have (the target is at the same or a later schema version). */
  private List<String> columns(String table) throws SQLException {
    Set<String> theirs = new TreeSet<>();
    try (ResultSet c =
        source.getMetaData().getColumns(null, null, table.toUpperCase(Locale.ROOT), "%")) {
      while (c.next()) {
        theirs.add(c.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    List<String> both = new ArrayList<>();
    try (ResultSet c = target.getMetaData().getColumns(null, target.getSchema(), table, "%")) {
      while (c.next()) {
        String name = c.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
        if (theirs.contains(name)) {
          both.add(name);
        }
      }
    }
    Collections.sort(both);
    return both;
  }

  private void copy(TableOrder.Table table, List<String> columns) throws SQLException {
    String insert =
        "INSERT INTO "
            + table.name()
            + " ("
            + String.join(", ", columns)
            + ") VALUES ("
            + String.join(", ", Collections.nCopies(columns.size(), "?"))
            + ")";
    List<Object[]> later = new ArrayList<>();
    try (Statement read = source.createStatement();
        ResultSet rows =
            read.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table.name());
        PreparedStatement write = target.prepareStatement(insert)) {
      int pending = 0;
      while (rows.next()) {
        for (int i = 0; i < columns.size(); i++) {
          Object value = plain(rows.getObject(i + 1));
          if (value != null && table.selfReferences().contains(columns.get(i))) {
            later.add(new Object[] {columns.get(i), value, rows.getObject(table.key())});
            value = null; // the row it names may come later: set in the second pass
          }
          write.setObject(i + 1, value);
        }
        write.addBatch();
        if (++pending == BATCH) {
          write.executeBatch();
          pending = 0;
        }
      }
      write.executeBatch();
    }
    for (Object[] reference : later) {
      try (PreparedStatement update =
          target.prepareStatement(
              "UPDATE "
                  + table.name()
                  + " SET "
                  + reference[0]
                  + " = ? WHERE "
                  + table.key()
                  + " = ?")) {
        update.setObject(1, reference[1]);
        update.setObject(2, reference[2]);
        update.executeUpdate();
      }
    }
  }

  /** Derby hands large text and bytes as locators that only its own connection can read. */
  private static Object plain(Object value) throws SQLException {
    if (value instanceof Clob c) {
      return c.getSubString(1, (int) c.length());
    }
    if (value instanceof Blob b) {
      return b.getBytes(1, (int) b.length());
    }
    return value;
  }

  /** The next row the application adds gets a key after the copied ones. */
  private void restartIdentity(TableOrder.Table table) throws SQLException {
    if (table.key().contains(",")) {
      return; // a key of several columns is never an identity
    }
    String sequence;
    try (PreparedStatement find = target.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
      find.setString(1, table.name());
      find.setString(2, table.key());
      try (ResultSet r = find.executeQuery()) {
        r.next();
        sequence = r.getString(1);
      }
    }
    if (sequence == null) {
      return;
    }
    try (Statement s = target.createStatement()) {
      s.executeQuery(
          "SELECT setval('"
              + sequence
              + "', COALESCE(MAX("
              + table.key()
              + "), 0) + 1, false) FROM "
              + table.name());
    }
  }
}
