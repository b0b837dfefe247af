package org.sendcpd.platform.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The schemas of the OpenAPI document as a generator needs them: dates as strings with a format,
 * ids as integers, arrays whose items say what they are, no annotation defaults that mean something
 * else (maxProperties 0), and only the types an operation uses. Payara's scan of the whole archive
 * makes a schema of every class with a validation annotation (entities, screens); those are never
 * reached from an operation, so they go.
 */
final class ApiSchemas {

  static final String PREFIX = "#/components/schemas/";

  private ApiSchemas() {}

  /** Applies every repair; the components are pruned last, once every reference is final. */
  static void repair(OpenAPI api) {
    ApiSchemaWalk.eachOperation(api, ApiSchemas::bodies);
    ApiTypes types = new ApiTypes(components(api));
    ApiSchemaWalk.eachSchema(api, types::typed);
    types.made().forEach(api.getComponents()::addSchema);
    Map<String, Schema> components = components(api);
    Map<String, Schema> valueTypes = valueTypes(components);
    ApiSchemaWalk.eachSchema(
        api,
        schema -> {
          clearDefaults(schema);
          integerIds(schema);
          typedArrayItems(schema, components);
          return inline(schema, valueTypes);
        });
    ApiSchemaWalk.eachOperation(api, op -> integerIdParameters(op.getParameters()));
    prune(api);
  }

  static Map<String, Schema> components(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return Map.of();
    }
    return api.getComponents().getSchemas();
  }

  /**
   * Schemas named after a Java value type by {@code mp.openapi.schema.*} (LocalDate and the like):
   * a string with a format and nothing else. A reference to one becomes the string itself, so each
   * date reads {@code type: string, format: date} where it is used.
   */
  private static Map<String, Schema> valueTypes(Map<String, Schema> components) {
    Map<String, Schema> found = new LinkedHashMap<>();
    components.forEach(
        (name, schema) -> {
          if (schema.getType() == SchemaType.STRING
              && schema.getFormat() != null
              && (schema.getProperties() == null || schema.getProperties().isEmpty())) {
            found.put(PREFIX + name, schema);
          }
        });
    return found;
  }

  private static Schema inline(Schema schema, Map<String, Schema> valueTypes) {
    Schema value = schema.getRef() == null ? null : valueTypes.get(schema.getRef());
    if (value == null) {
      return schema;
    }
    return OASFactory.createObject(Schema.class)
        .type(value.getType())
        .format(value.getFormat())
        .example(value.getExample())
        .description(
            schema.getDescription() != null ? schema.getDescription() : value.getDescription());
  }

  /** Payara writes its annotation defaults out; maxProperties 0 would forbid every property. */
  private static void clearDefaults(Schema schema) {
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    // and @SchemaProperty's defaults, which mean "not set"
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) {
      schema.setMultipleOf(null);
    }
    if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxLength())) {
      schema.setMaxLength(null);
    }
    if (Integer.valueOf(Integer.MIN_VALUE).equals(schema.getMaxItems())) {
      schema.setMaxItems(null);
    }
    if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMinItems())) {
      schema.setMinItems(null);
    }
    if (schema.getType() != null && schema.getType() != SchemaType.ARRAY) {
      schema.setItems(null);
    }
  }

  /** Ids are whole numbers (Payara types every Long as number): {@code id}, {@code staffId}. */
  private static void integerIds(Schema schema) {
    if (schema.getProperties() == null) {
      return;
    }
    schema
        .getProperties()
        .forEach(
            (name, property) -> {
              if (isId(name)) {
                toInt64(property);
              } else if (name.endsWith("Ids") && property.getItems() != null) {
                toInt64(property.getItems());
              }
            });
  }

  private static void integerIdParameters(List<Parameter> parameters) {
    if (parameters != null) {
      parameters.stream()
          .filter(p -> p.getName() != null && isId(p.getName()) && p.getSchema() != null)
          .forEach(p -> toInt64(p.getSchema()));
    }
  }

  static boolean isId(String name) {
    return name.equals("id") || name.endsWith("Id");
  }

  private static void toInt64(Schema schema) {
    if (schema.getType() == SchemaType.NUMBER && schema.getFormat() == null) {
      schema.type(SchemaType.INTEGER).format("int64");
    }
  }

  /**
   * {@code @Schema(type = ARRAY, implementation = X.class)} comes out of Payara as an array with
   * X's properties and untyped items: the items become X again, found by its properties.
   */
  private static void typedArrayItems(Schema schema, Map<String, Schema> components) {
    if (schema.getType() != SchemaType.ARRAY
        || schema.getProperties() == null
        || schema.getProperties().isEmpty()) {
      return;
    }
    Set<String> names = schema.getProperties().keySet();
    Schema items =
        components.entrySet().stream()
            .filter(c -> c.getValue().getProperties() != null)
            .filter(c -> c.getValue().getProperties().keySet().equals(names))
            .map(c -> OASFactory.createObject(Schema.class).ref(PREFIX + c.getKey()))
            .findFirst()
            .orElseGet(
                () ->
                    OASFactory.createObject(Schema.class)
                        .type(SchemaType.OBJECT)
                        .properties(new LinkedHashMap<>(schema.getProperties())));
    schema.setProperties(null);
    schema.setItems(items);
  }

  /** Drops every component schema that no operation reaches, directly or through another. */
  private static void prune(OpenAPI api) {
    Map<String, Schema> components = components(api);
    if (components.isEmpty()) {
      return;
    }
    Set<String> reached = new HashSet<>();
    List<String> todo = new ArrayList<>();
    ApiSchemaWalk.eachOperationSchema(api, schema -> refTo(schema, todo));
    while (!todo.isEmpty()) {
      String name = todo.remove(todo.size() - 1);
      if (reached.add(name) && components.containsKey(name)) {
        collectRefs(components.get(name), todo);
      }
    }
    for (String name : List.copyOf(components.keySet())) {
      if (!reached.contains(name)) {
        api.getComponents().removeSchema(name);
      }
    }
  }

  private static void collectRefs(Schema schema, List<String> into) {
    ApiSchemaWalk.walk(schema, s -> refTo(s, into));
  }

  private static Schema refTo(Schema schema, List<String> into) {
    if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
      into.add(schema.getRef().substring(PREFIX.length()));
    }
    return schema;
  }

  /**
   * Payara adds {@code *}{@code /*} for a body read as a stream or reader beside the media types
   * the method declares; those say what it reads.
   */
  private static void anyTypeOnlyAlone(Content content) {
    if (content != null
        && content.getMediaTypes() != null
        && content.getMediaTypes().size() > 1
        && content.getMediaTypes().containsKey("*/*")) {
      content.removeMediaType("*/*");
    }
  }

  /**
   * A body that is not JSON (a PDF, a CSV file, an iCalendar feed) is text or bytes, not the
   * "object" Payara gives a {@code Response} or an {@code InputStream}.
   */
  private static void bodies(Operation op) {
    if (op.getRequestBody() != null) {
      anyTypeOnlyAlone(op.getRequestBody().getContent());
      files(op.getRequestBody().getContent());
    }
    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
      op.getResponses().getAPIResponses().values().forEach(answer -> files(answer.getContent()));
    }
  }

  private static void files(Content content) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().forEach((name, type) -> type.setSchema(file(name, type.getSchema())));
    }
  }

  private static Schema file(String mediaType, Schema schema) {
    boolean untyped =
        schema == null
            || (schema.getRef() == null
                && (schema.getType() == null || schema.getType() == SchemaType.OBJECT)
                && (schema.getProperties() == null || schema.getProperties().isEmpty()));
    if (!untyped || mediaType.contains("json") || mediaType.startsWith("multipart/")) {
      return schema;
    }
    Schema text = OASFactory.createObject(Schema.class).type(SchemaType.STRING);
    return mediaType.startsWith("text/") ? text : text.format("binary");
  }
}
