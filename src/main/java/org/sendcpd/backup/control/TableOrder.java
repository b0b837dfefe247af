package org.sendcpd.backup.control;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The application's tables in an order that fills every referenced table before the tables that
 * refer to it, read from a database's catalogue; a table that refers to itself (a staff member's
 * line manager) is filled in two passes by the copier.
 */
final class TableOrder {

  /** One table: its name, key column and the columns that refer to rows of the same table. */
  record Table(String name, String key, Set<String> selfReferences) {}

  private TableOrder() {}

  static List<Table> of(DatabaseMetaData catalogue, String schema) throws SQLException {
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    Map<String, Set<String>> selfReferences = new LinkedHashMap<>();
    for (String table : tables(catalogue, schema)) {
      Set<String> mine = new TreeSet<>();
      Set<String> self = new TreeSet<>();
      try (ResultSet keys = catalogue.getImportedKeys(null, schema, table)) {
        while (keys.next()) {
          String parent = keys.getString("PKTABLE_NAME");
          if (parent.equalsIgnoreCase(table)) {
            self.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
          } else {
            mine.add(parent.toLowerCase(Locale.ROOT));
          }
        }
      }
      parents.put(table.toLowerCase(Locale.ROOT), mine);
      selfReferences.put(table.toLowerCase(Locale.ROOT), self);
    }
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < parents.size()) {
      boolean progress = false;
      for (Map.Entry<String, Set<String>> t : parents.entrySet()) {
        if (!placed.contains(t.getKey()) && placed.containsAll(t.getValue())) {
          placed.add(t.getKey());
          ordered.add(
              new Table(
                  t.getKey(), key(catalogue, schema, t.getKey()), selfReferences.get(t.getKey())));
          progress = true;
        }
      }
      if (!progress) {
        throw new IllegalStateException("the tables refer to each other in a cycle: " + parents);
      }
    }
    return ordered;
  }

  private static List<String> tables(DatabaseMetaData catalogue, String schema)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet tables = catalogue.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        String name = tables.getString("TABLE_NAME");
        if (!name.equalsIgnoreCase("flyway_schema_history")) {
          names.add(name);
        }
      }
    }
    names.sort(String.CASE_INSENSITIVE_ORDER);
    return names;
  }

  private static String key(DatabaseMetaData catalogue, String schema, String table)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet keys = catalogue.getPrimaryKeys(null, schema, table)) {
      while (keys.next()) {
        columns.add(keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    // every table of the schema has a key; a composite one orders rows by all its columns
    return String.join(", ", columns);
  }
}
