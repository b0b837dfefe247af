package org.sendcpd.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text and decimal an entity maps is checked against its column before it reaches the
 * database: a VARCHAR(n) column has a {@code @Size(max <= n)} on its field, a DECIMAL(p, s) column
 * a {@code @Digits} that fits (a {@code @Pattern} of fixed length counts as a limit), and an enum's
 * longest name fits its column. Without this, a long value from the API or a screen reaches the
 * database and fails there as a server error instead of a 400 that names the field.
 */
class ColumnLimitsTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  /** A migrated column's type and sizes. */
  record Column(String type, int size, int scale) {}

  @Test
  void everyMappedTextAndDecimalIsLimitedByItsColumn() throws SQLException {
    Map<String, Column> columns = columns();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    var session = db.emf().unwrap(JpaEntityManagerFactory.class).getServerSession();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (!(mapping instanceof DirectToFieldMapping direct) || mapping.getField() == null) {
          continue;
        }
        String key = key(mapping.getField().getTableName(), mapping.getField().getName());
        Column column = columns.get(key);
        Field field = field(descriptor.getJavaClass(), mapping.getAttributeName());
        if (column == null || field == null) {
          continue;
        }
        String where = descriptor.getJavaClass().getSimpleName() + "." + field.getName();
        checked++;
        if (field.getType() == String.class && column.type().contains("CHAR")) {
          Size size = field.getAnnotation(Size.class);
          // a fixed pattern (a URN, an academic year, a hash) bounds the length as well
          boolean patterned = field.isAnnotationPresent(Pattern.class);
          if (!patterned && (size == null || size.max() > column.size())) {
            problems.add(where + " needs @Size(max <= " + column.size() + ") for " + key);
          }
        } else if (field.getType().isEnum()) {
          int longest = 0;
          for (Object constant : field.getType().getEnumConstants()) {
            longest = Math.max(longest, ((Enum<?>) constant).name().length());
          }
          if (column.type().contains("CHAR") && longest > column.size()) {
            problems.add(where + " has a name longer than " + key + " holds");
          }
        } else if (field.getType() == BigDecimal.class) {
          Digits digits = field.getAnnotation(Digits.class);
          if (digits == null
              || digits.integer() > column.size() - column.scale()
              || digits.fraction() > column.scale()) {
            problems.add(
                where
                    + " needs @Digits(integer <= "
                    + (column.size() - column.scale())
                    + ", fraction <= "
                    + column.scale()
                    + ") for "
                    + key);
          }
        }
      }
    }
    assertTrue(checked > 100, "mapped columns checked: " + checked);
    assertEquals(List.of(), problems);
  }

  private static Map<String, Column> columns() throws SQLException {
    Map<String, Column> columns = new HashMap<>();
    try (Connection connection = db.connect();
        ResultSet rs = connection.getMetaData().getColumns(null, db.schema(), "%", "%")) {
      while (rs.next()) {
        columns.put(
            key(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")),
            new Column(
                rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT),
                rs.getInt("COLUMN_SIZE"),
                rs.getInt("DECIMAL_DIGITS")));
      }
    }
    return columns;
  }

  private static String key(String table, String column) {
    return (table + "." + column.substring(column.lastIndexOf('.') + 1)).toUpperCase(Locale.ROOT);
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    return null;
  }
}
