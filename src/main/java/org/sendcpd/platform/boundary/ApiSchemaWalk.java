package org.sendcpd.platform.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Visits every operation and every schema of an OpenAPI document, for the filter's repairs. */
final class ApiSchemaWalk {

  private ApiSchemaWalk() {}

  /** Rewrites every schema of the document, children first; the answer replaces the schema. */
  static void eachSchema(OpenAPI api, UnaryOperator<Schema> fix) {
    Map<String, Schema> components = ApiSchemas.components(api);
    for (String name : List.copyOf(components.keySet())) {
      api.getComponents().addSchema(name, walk(components.get(name), fix));
    }
    eachOperationSchema(api, fix);
  }

  static void eachOperationSchema(OpenAPI api, UnaryOperator<Schema> fix) {
    eachOperation(
        api,
        op -> {
          if (op.getParameters() != null) {
            op.getParameters().forEach(p -> p.setSchema(walk(p.getSchema(), fix)));
          }
          if (op.getRequestBody() != null) {
            eachContent(op.getRequestBody().getContent(), fix);
          }
          if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses()
                .getAPIResponses()
                .values()
                .forEach(
                    answer -> {
                      eachContent(answer.getContent(), fix);
                      if (answer.getHeaders() != null) {
                        answer.getHeaders().values().forEach(h -> header(h, fix));
                      }
                    });
          }
        });
  }

  private static void header(Header header, UnaryOperator<Schema> fix) {
    header.setSchema(walk(header.getSchema(), fix));
  }

  private static void eachContent(Content content, UnaryOperator<Schema> fix) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(type -> type.setSchema(walk(type.getSchema(), fix)));
    }
  }

  static void eachOperation(OpenAPI api, Consumer<Operation> action) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    api.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .filter(Objects::nonNull)
        .forEach(action);
  }

  static Schema walk(Schema schema, UnaryOperator<Schema> fix) {
    if (schema == null) {
      return null;
    }
    if (schema.getProperties() != null) {
      Map<String, Schema> properties = new LinkedHashMap<>();
      schema.getProperties().forEach((name, p) -> properties.put(name, walk(p, fix)));
      schema.setProperties(properties);
    }
    schema.setItems(walk(schema.getItems(), fix));
    if (schema.getAdditionalPropertiesSchema() != null) {
      schema.setAdditionalPropertiesSchema(walk(schema.getAdditionalPropertiesSchema(), fix));
    }
    schema.setNot(walk(schema.getNot(), fix));
    schema.setAllOf(walkAll(schema.getAllOf(), fix));
    schema.setAnyOf(walkAll(schema.getAnyOf(), fix));
    schema.setOneOf(walkAll(schema.getOneOf(), fix));
    return fix.apply(schema);
  }

  private static List<Schema> walkAll(List<Schema> schemas, UnaryOperator<Schema> fix) {
    return schemas == null ? null : schemas.stream().map(s -> walk(s, fix)).toList();
  }
}
