package org.sendcpd.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every operation of /openapi must say, checked one by one so that an endpoint added later
 * without the annotations or types the contract needs is named with what it lacks. Each rule
 * answers the problems it found, in words: an empty list is a pass.
 */
final class ContractRules {

  static final String ERROR_REF = "#/components/schemas/ErrorResponse";
  private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]*)}");

  private final OpenAPI api;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> ids = new HashMap<>();

  private ContractRules(OpenAPI api) {
    this.api = api;
  }

  /** Every problem of every operation of the API (test fixtures under /api/it- aside). */
  static List<String> check(OpenAPI api) {
    ContractRules rules = new ContractRules(api);
    api.getPaths()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/api/it-")) {
                item.readOperationsMap().forEach((verb, op) -> rules.operation(path, verb, op));
              }
            });
    return rules.problems;
  }

  private void operation(String path, PathItem.HttpMethod verb, Operation op) {
    String where = verb + " " + path + ": ";
    idIsUniqueAndReadable(where, op);
    plainTemplate(where, path, op);
    Map<String, ApiResponse> answers = op.getResponses();
    if (answers.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
      problems.add(where + "no success answer (annotate @APIResponse with its 2xx code)");
    }
    if (answers.containsKey("default")) {
      problems.add(where + "a 'default' answer instead of status codes");
    }
    answers.forEach((code, answer) -> answer(where + code + " ", code, answer));
    if (verb != PathItem.HttpMethod.GET) {
      requires(where, answers, "400", "takes input");
      requires(where, answers, "409", "writes");
    }
    if (secured(op)) {
      requires(where, answers, "401", "needs sign-in");
      requires(where, answers, "403", "needs sign-in");
    }
    if (op.getParameters() != null
        && op.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
      requires(where, answers, "404", "names a record in its path");
    }
    if (op.getRequestBody() != null) {
      requires(where, answers, "415", "reads a body");
      typedContent(where + "request body ", op.getRequestBody().getContent());
    }
    paging(where, op);
  }

  private void idIsUniqueAndReadable(String where, Operation op) {
    String id = op.getOperationId();
    if (id == null || !ID.matcher(id).matches()) {
      problems.add(where + "operationId '" + id + "' is not a camel-case name");
      return;
    }
    if (id.chars().noneMatch(Character::isUpperCase)) {
      problems.add(where + "operationId '" + id + "' does not say what it acts on");
    }
    String other = ids.put(id, where);
    if (other != null) {
      problems.add(where + "operationId '" + id + "' is also that of " + other);
    }
  }

  private void plainTemplate(String where, String path, Operation op) {
    Matcher template = TEMPLATE.matcher(path);
    while (template.find()) {
      String name = template.group(1);
      if (!name.matches("\\w+")) {
        problems.add(where + "path template {" + name + "} is not a plain name");
      } else if (op.getParameters() == null
          || op.getParameters().stream()
              .noneMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()))) {
        problems.add(where + "path parameter " + name + " is not documented");
      }
    }
  }

  private void answer(String where, String code, ApiResponse answer) {
    if (answer.getDescription() == null || answer.getDescription().isBlank()) {
      problems.add(where + "has no description");
    }
    if (code.startsWith("4") || code.startsWith("5")) {
      MediaType json =
          answer.getContent() == null ? null : answer.getContent().get("application/json");
      if (json == null || json.getSchema() == null || json.getSchema().get$ref() == null) {
        problems.add(where + "does not give the JSON error body (ErrorResponse)");
      }
    } else {
      typedContent(where, answer.getContent());
    }
  }

  private void typedContent(String where, Content content) {
    if (content == null) {
      return;
    }
    content.forEach(
        (type, media) -> {
          if (media.getSchema() == null) {
            problems.add(where + type + " has no schema");
          } else if (type.contains("json")) {
            typed(where + type + " ", media.getSchema());
          }
        });
  }

  /** A JSON schema says what it holds: a reference, a type with properties, or typed items. */
  void typed(String where, Schema<?> schema) {
    if (schema.get$ref() != null) {
      return;
    }
    if (schema.getType() == null && schema.getAllOf() == null) {
      problems.add(where + "is untyped (name the record: @Schema(implementation = ...))");
    } else if ("object".equals(schema.getType())
        && schema.getProperties() == null
        && schema.getAdditionalProperties() == null) {
      problems.add(
          where
              + "is an object without properties (a Response needs @APIResponse with its record;"
              + " a Map @Schema(additionalProperties = ...))");
    } else if ("array".equals(schema.getType())) {
      if (schema.getItems() == null) {
        problems.add(where + "is an array without items");
      } else {
        typed(where + "items ", schema.getItems());
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, p) -> typed(where + "." + name + " ", p));
    }
  }

  private void requires(String where, Map<String, ApiResponse> answers, String code, String why) {
    if (!answers.containsKey(code)) {
      problems.add(where + "documents no " + code + " though it " + why);
    }
  }

  private boolean secured(Operation op) {
    List<SecurityRequirement> security =
        op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
    return security != null
        && !security.isEmpty()
        && security.stream().noneMatch(SecurityRequirement::isEmpty);
  }

  private void paging(String where, Operation op) {
    if (op.getParameters() == null) {
      return;
    }
    for (Parameter p : op.getParameters()) {
      if (!"query".equals(p.getIn())
          || !("page".equals(p.getName()) || "size".equals(p.getName()))) {
        continue;
      }
      Schema<?> schema = p.getSchema();
      if (schema == null || !"integer".equals(schema.getType()) || schema.getDefault() == null) {
        problems.add(where + p.getName() + " is not a whole number with its default");
      }
      ApiResponse ok = op.getResponses().get("200");
      if (ok == null || ok.getHeaders() == null || !ok.getHeaders().containsKey("X-Total-Count")) {
        problems.add(where + "is paged without an X-Total-Count header");
      }
    }
  }
}
