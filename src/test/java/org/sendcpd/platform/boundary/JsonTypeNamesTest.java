package org.sendcpd.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document names a schema after its Java type's simple name (or its {@code
 * Schema(name)}), and Payara gives two types of one name a single schema: the JSON records of the
 * REST boundaries that share a name must have the same fields, or one of them a name of its own.
 */
class JsonTypeNamesTest {

  @Test
  void jsonRecordsOfOneSchemaNameHaveTheSameFields() throws IOException {
    Map<String, List<Class<?>>> byName = new TreeMap<>();
    for (Class<?> type : boundaryRecords()) {
      byName.computeIfAbsent(schemaName(type), n -> new ArrayList<>()).add(type);
    }
    assertTrue(byName.size() > 40, "the records were found: " + byName.keySet());
    List<String> clashes = new ArrayList<>();
    byName.forEach(
        (name, types) -> {
          if (types.stream().map(JsonTypeNamesTest::fields).distinct().count() > 1) {
            clashes.add(
                name
                    + ": "
                    + types.stream().map(Class::getName).collect(Collectors.joining(", "))
                    + " differ; give one @Schema(name = ...)");
          }
        });
    assertEquals("", String.join("\n", clashes));
  }

  private static String schemaName(Class<?> type) {
    Schema schema = type.getAnnotation(Schema.class);
    return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
  }

  private static String fields(Class<?> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(c -> c.getName() + ":" + c.getGenericType().getTypeName())
        .collect(Collectors.joining(","));
  }

  /** Records of the boundary packages and nested in them, screens' own rows aside. */
  private static List<Class<?>> boundaryRecords() throws IOException {
    Path classes = Path.of("target", "classes");
    try (Stream<Path> files = Files.walk(classes.resolve("org/sendcpd"))) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(f -> f.endsWith(".class") && f.contains("/boundary/"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .filter(name -> !name.matches(".*View\\$.*"))
          .map(JsonTypeNamesTest::load)
          .filter(Class::isRecord)
          .filter(
              type ->
                  Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).count()
                      > 0)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, JsonTypeNamesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
