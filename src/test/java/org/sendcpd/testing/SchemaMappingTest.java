package org.sendcpd.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entities and the migrations describe the same schema: every table the migrations create is
 * mapped, and every mapped table has exactly the columns its entity maps. Nothing generates DDL, so
 * this is what catches a renamed field or a forgotten column before a query does.
 */
class SchemaMappingTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void everyEntityOfThePersistenceUnitRootIsFound() {
    Set<String> names = new TreeSet<>();
    db.emf().getMetamodel().getEntities().forEach(e -> names.add(e.getJavaType().getSimpleName()));
    assertEquals(
        new TreeSet<>(
            List.of(
                "School",
                "StaffMember",
                "UserAccount",
                "AuditEvent",
                "SkillsFramework",
                "FrameworkLevel",
                "Area",
                "Competence",
                "RoleRequirement",
                "Course",
                "CourseOutcome",
                "TrainingSession",
                "Booking",
                "CpdRecord",
                "CpdOutcome",
                "Evidence",
                "SchoolPriority",
                "AppraisalCycle",
                "Appraisal",
                "Objective",
                "ObjectiveTarget",
                "ObjectiveReview",
                "NeedProfile",
                "NeedCount",
                "CoverageRule")),
        names);
  }

  @Test
  void mappedColumnsAreExactlyTheMigratedColumns() throws SQLException {
    Map<String, Set<String>> mapped = mappedColumns();
    Map<String, Set<String>> migrated = migratedColumns();
    migrated.remove("FLYWAY_SCHEMA_HISTORY");
    assertEquals(migrated.keySet(), mapped.keySet(), "tables");
    for (String table : migrated.keySet()) {
      assertEquals(migrated.get(table), mapped.get(table), "columns of " + table);
    }
    assertTrue(mapped.containsKey("CPD_RECORD"));
  }

  private static Map<String, Set<String>> mappedColumns() {
    Map<String, Set<String>> columns = new TreeMap<>();
    var session = db.emf().unwrap(JpaEntityManagerFactory.class).getServerSession();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseField field : descriptor.getFields()) {
        add(columns, field.getTableName(), field.getName());
      }
      for (DatabaseMapping mapping : descriptor.getMappings()) {
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

  private static Map<String, Set<String>> migratedColumns() throws SQLException {
    Map<String, Set<String>> columns = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(db.jdbcUrl())) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rs = meta.getColumns(null, "APP", "%", "%")) {
        while (rs.next()) {
          add(columns, rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"));
        }
      }
    }
    return new TreeMap<>(columns);
  }

  private static void add(Map<String, Set<String>> columns, String table, String column) {
    String bareColumn = column.substring(column.lastIndexOf('.') + 1);
    columns
        .computeIfAbsent(table.toUpperCase(Locale.ROOT), t -> new TreeSet<>())
        .add(bareColumn.toUpperCase(Locale.ROOT));
  }
}
