package org.sendcpd.testing;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;

/**
 * The schema two ways: as EclipseLink maps the entities, and as the migrations built it. Both are
 * upper-cased table name to upper-cased column names, so Derby and PostgreSQL compare alike.
 */
public final class MappedSchema {

  private MappedSchema() {}

  /** Tables and columns of every entity and element collection of the persistence unit. */
  public static Map<String, Set<String>> mapped(EntityManagerFactory emf) {
    Map<String, Set<String>> columns = new TreeMap<>();
    var session = emf.unwrap(JpaEntityManagerFactory.class).getServerSession();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseField field : descriptor.getFields()) {
        add(columns, field.getTableName(), field.getName());
      }
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (mapping instanceof AggregateCollectionMapping aggregate) {
          for (DatabaseField field : aggregate.getReferenceDescriptor().getFields()) {
            add(columns, field.getTableName(), field.getName());
          }
          for (DatabaseField key : aggregate.getTargetForeignKeyFields()) {
            add(columns, key.getTableName(), key.getName());
          }
        }
        if (mapping instanceof DirectCollectionMapping collection) {
          String table = collection.getReferenceTableName();
          add(columns, table, collection.getDirectFieldName());
          for (Object name : collection.getReferenceKeyFieldNames()) {
            add(columns, table, (String) name);
          }
        }
      }
    }
    return columns;
  }

  /**
   * Tables and columns of a schema as the JDBC metadata reports them, less Flyway's history and the
   * first-start lock row, which only SQL touches (FirstStart).
   */
  public static Map<String, Set<String>> migrated(Connection connection, String schema)
      throws SQLException {
    Map<String, Set<String>> columns = new TreeMap<>();
    try (ResultSet rs = connection.getMetaData().getColumns(null, schema, "%", "%")) {
      while (rs.next()) {
        add(columns, rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"));
      }
    }
    columns.remove("FLYWAY_SCHEMA_HISTORY");
    columns.remove("FIRST_START_LOCK");
    return columns;
  }

  private static void add(Map<String, Set<String>> columns, String table, String column) {
    String bareColumn = column.substring(column.lastIndexOf('.') + 1);
    columns
        .computeIfAbsent(table.toUpperCase(Locale.ROOT), t -> new TreeSet<>())
        .add(bareColumn.toUpperCase(Locale.ROOT));
  }
}
