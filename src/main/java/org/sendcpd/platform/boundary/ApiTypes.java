package org.sendcpd.platform.boundary;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Schemas of the API's JSON types made from the Java records themselves, for the types Payara
 * leaves as an untyped object: a record named only in an annotation ({@code @Schema(implementation
 * = BookingAnswer.class)}) and everything it holds. A record becomes a component named after the
 * class (or its {@code @Schema(name)}); when that name is taken by another type, by its enclosing
 * classes as well ({@code GapJsonCourseJson}), so two types never share one schema.
 */
final class ApiTypes {

  private final Map<String, Schema> components;
  private final Map<Class<?>, String> named = new HashMap<>();
  private final Set<String> payaras;

  ApiTypes(Map<String, Schema> components) {
    this.components = new LinkedHashMap<>(components);
    this.payaras = Set.copyOf(components.keySet());
  }

  /** The components made here, by name (some replace Payara's of the same type). */
  Map<String, Schema> made() {
    Map<String, Schema> made = new LinkedHashMap<>();
    named.values().forEach(name -> made.put(name, components.get(name)));
    return made;
  }

  /**
   * The schema for one Payara made from an annotation's implementation: the record's or enum's, or
   * an array of it, keeping the description; other schemas stay as they are.
   */
  Schema typed(Schema schema) {
    Optional<Class<?>> type = implementation(schema);
    if (type.isEmpty()) {
      return schema;
    }
    Schema typed = schemaOf(type.get());
    if (schema.getType() == SchemaType.ARRAY) {
      typed = array(typed);
    }
    return typed.description(schema.getDescription());
  }

  /** The schema of a Java type: inline for values, a reference for records and enums. */
  Schema schemaOf(Type type) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      Type[] args = generic.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return array(schemaOf(args[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return create().type(SchemaType.OBJECT).additionalPropertiesSchema(schemaOf(args[1]));
      }
      if (raw == Optional.class) {
        return schemaOf(args[0]);
      }
      return schemaOf(raw);
    }
    if (type instanceof GenericArrayType array) {
      return array(schemaOf(array.getGenericComponentType()));
    }
    if (!(type instanceof Class<?> c)) {
      return create();
    }
    if (c.isArray()) {
      return c == byte[].class
          ? create().type(SchemaType.STRING).format("byte")
          : array(schemaOf(c.getComponentType()));
    }
    Schema value = value(c);
    if (value != null) {
      return value;
    }
    if (c.isEnum() || c.isRecord()) {
      return create().ref(ApiSchemas.PREFIX + component(c));
    }
    return create().type(SchemaType.OBJECT);
  }

  private static Schema value(Class<?> c) {
    if (c == String.class || c == char.class || c == Character.class) {
      return create().type(SchemaType.STRING);
    }
    if (c == boolean.class || c == Boolean.class) {
      return create().type(SchemaType.BOOLEAN);
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return create().type(SchemaType.INTEGER).format("int32");
    }
    if (c == long.class || c == Long.class || c == BigInteger.class) {
      return create().type(SchemaType.INTEGER).format("int64");
    }
    if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      return create().type(SchemaType.NUMBER).format("double");
    }
    if (c == BigDecimal.class) {
      return create().type(SchemaType.NUMBER);
    }
    if (c == LocalDate.class) {
      return create().type(SchemaType.STRING).format("date");
    }
    if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
      return create().type(SchemaType.STRING).format("date-time");
    }
    if (c == LocalDateTime.class) {
      return create()
          .type(SchemaType.STRING)
          .format("local-date-time")
          .description("the school's local time, ISO-8601 without an offset");
    }
    return null;
  }

  /** The component of a record or enum, made on first use; answers its name. */
  private String component(Class<?> c) {
    String known = named.get(c);
    if (known != null) {
      return known;
    }
    Schema schema = create();
    String name = freeName(c);
    named.put(c, name);
    components.put(name, schema);
    if (c.isEnum()) {
      schema
          .type(SchemaType.STRING)
          .enumeration(
              Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
    } else {
      Map<String, Schema> properties = new LinkedHashMap<>();
      for (RecordComponent part : c.getRecordComponents()) {
        properties.put(part.getName(), described(schemaOf(part.getGenericType()), part));
      }
      schema.type(SchemaType.OBJECT).properties(properties);
    }
    description(c).ifPresent(schema::setDescription);
    return name;
  }

  /**
   * The class's schema name, unless another type has it: Payara's component of the same name is
   * taken to be this class when its properties are the same.
   */
  private String freeName(Class<?> c) {
    String name = annotatedName(c).orElse(c.getSimpleName());
    if (!components.containsKey(name) || samePayaraComponent(name, c)) {
      return name;
    }
    StringBuilder qualified = new StringBuilder(c.getSimpleName());
    for (Class<?> outer = c.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      qualified.insert(0, outer.getSimpleName());
    }
    return qualified.toString();
  }

  private boolean samePayaraComponent(String name, Class<?> c) {
    Schema existing = components.get(name);
    if (!payaras.contains(name) || named.containsValue(name)) {
      return false;
    }
    if (c.isEnum()) {
      return existing.getEnumeration() != null;
    }
    return existing.getProperties() != null
        && existing
            .getProperties()
            .keySet()
            .equals(
                Arrays.stream(c.getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(java.util.stream.Collectors.toSet()));
  }

  private static Schema described(Schema schema, RecordComponent part) {
    org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
        part.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (annotation != null && !annotation.description().isEmpty()) {
      if (schema.getRef() != null) {
        return create().allOf(java.util.List.of(schema)).description(annotation.description());
      }
      schema.setDescription(annotation.description());
    }
    return schema;
  }

  private static Optional<String> annotatedName(Class<?> c) {
    return schemaAnnotation(c).map(s -> s.name()).filter(n -> !n.isEmpty());
  }

  private static Optional<String> description(Class<?> c) {
    return schemaAnnotation(c).map(s -> s.description()).filter(d -> !d.isEmpty());
  }

  private static Optional<org.eclipse.microprofile.openapi.annotations.media.Schema>
      schemaAnnotation(Class<?> c) {
    return Optional.ofNullable(
        c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class));
  }

  private static Schema array(Schema items) {
    return create().type(SchemaType.ARRAY).items(items);
  }

  private static Schema create() {
    return OASFactory.createObject(Schema.class);
  }

  /**
   * The Java class Payara noted for a schema from an annotation's {@code implementation}, when it
   * is one of the application's records or enums. Payara's model keeps it outside the OpenAPI
   * interfaces, hence reflection.
   */
  static Optional<Class<?>> implementation(Schema schema) {
    try {
      Object name = schema.getClass().getMethod("getImplementation").invoke(schema);
      if (name == null) {
        return Optional.empty();
      }
      Class<?> c = Class.forName(name.toString(), false, ApiTypes.class.getClassLoader());
      return c.isRecord() || c.isEnum() ? Optional.of(c) : Optional.empty();
    } catch (ReflectiveOperationException | LinkageError e) {
      return Optional.empty();
    }
  }
}
