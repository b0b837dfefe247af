package org.sendcpd.platform.boundary;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The answers every operation documents, whoever wrote it: its success as a status code rather than
 * Payara's "default", and each refusal the platform can give it, with the JSON error body of {@link
 * ErrorResponse}. 401 and 403 for every operation behind sign-in (the role and record checks answer
 * 403); 400 for anything that takes input; 404 where a path names a record; 413 and 415 where a
 * body is sent (the size limit and the media types); 409 and 503 for every write (a duplicate or
 * change saved at the same moment, a database that stayed busy). Stale copies (412) and conflicts
 * of the operation's own are annotated where they happen, with their own words.
 */
final class ApiAnswers {

  static final String ERROR = "ErrorResponse";
  static final String ERROR_DETAIL = "ErrorDetail";

  private static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry("200", "OK"),
          Map.entry("201", "Created"),
          Map.entry("204", "Done, nothing to answer"),
          Map.entry("400", "Bad input: the error names the field, parameter or line"),
          Map.entry("401", "Not signed in: send HTTP Basic credentials of an account"),
          Map.entry("403", "Signed in, but not allowed to do this or see this record"),
          Map.entry("404", "No such record"),
          Map.entry(
              "409",
              "Conflicts with what is saved: a duplicate, or a change someone saved at the same"
                  + " moment"),
          Map.entry("412", "Changed by someone else since the copy named by If-Match"),
          Map.entry("413", "The request body is too large"),
          Map.entry("415", "The body is not of a media type this operation reads"),
          Map.entry("503", "Busy: try again after Retry-After seconds"));

  private ApiAnswers() {}

  static void document(OpenAPI api) {
    addErrorSchemas(api);
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    api.getPaths()
        .getPathItems()
        .values()
        .forEach(item -> item.getOperations().forEach((verb, op) -> document(api, verb, op)));
  }

  private static void document(OpenAPI api, HttpMethod verb, Operation op) {
    if (op.getResponses() == null) {
      op.setResponses(OASFactory.createObject(APIResponses.class));
    }
    APIResponses answers = op.getResponses();
    successInsteadOfDefault(answers);
    boolean takesInput = op.getRequestBody() != null || hasParameters(op, null);
    if (verb != HttpMethod.GET || takesInput) {
      refusal(answers, "400");
    }
    if (verb != HttpMethod.GET) {
      refusal(answers, "409");
      refusal(answers, "503");
    }
    if (secured(api, op)) {
      refusal(answers, "401");
      refusal(answers, "403");
    }
    if (hasParameters(op, Parameter.In.PATH)) {
      refusal(answers, "404");
    }
    if (op.getRequestBody() != null) {
      refusal(answers, "413");
      refusal(answers, "415");
    }
    answers
        .getAPIResponses()
        .forEach(
            (code, answer) -> {
              if (answer.getDescription() == null || answer.getDescription().isBlank()) {
                answer.setDescription(REASONS.getOrDefault(code, "HTTP " + code));
              }
              if ((code.startsWith("4") || code.startsWith("5")) && !hasJson(answer.getContent())) {
                answer.setContent(errorContent());
              }
              if (answer.getHeaders() != null) {
                answer.getHeaders().values().stream()
                    .filter(h -> h.getSchema() == null && h.getContent() == null)
                    .forEach(
                        h ->
                            h.setSchema(
                                OASFactory.createObject(Schema.class).type(SchemaType.STRING)));
              }
            });
  }

  /** Payara documents an unannotated method's answer as "default"; it is the success. */
  private static void successInsteadOfDefault(APIResponses answers) {
    APIResponse fallback = answers.getDefaultValue();
    boolean hasSuccess =
        answers.getAPIResponses() != null
            && answers.getAPIResponses().keySet().stream().anyMatch(c -> c.startsWith("2"));
    if (fallback == null || hasSuccess) {
      return;
    }
    answers.removeAPIResponse(APIResponses.DEFAULT);
    String code = fallback.getContent() == null ? "204" : "200";
    if ("Default Response.".equals(fallback.getDescription())) {
      fallback.setDescription(REASONS.get(code));
    }
    answers.addAPIResponse(code, fallback);
  }

  private static void refusal(APIResponses answers, String code) {
    if (answers.getAPIResponse(code) != null) {
      return;
    }
    APIResponse refusal =
        OASFactory.createObject(APIResponse.class)
            .description(REASONS.get(code))
            .content(errorContent());
    if (code.equals("503")) {
      refusal.addHeader(
          "Retry-After",
          OASFactory.createObject(Header.class)
              .description("seconds")
              .schema(OASFactory.createObject(Schema.class).type(SchemaType.INTEGER)));
    }
    answers.addAPIResponse(code, refusal);
  }

  private static boolean hasJson(Content content) {
    return content != null
        && content.getMediaTypes() != null
        && content.getMediaTypes().containsKey(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
  }

  private static boolean hasParameters(Operation op, Parameter.In where) {
    List<Parameter> parameters = op.getParameters();
    return parameters != null
        && parameters.stream().anyMatch(p -> where == null || p.getIn() == where);
  }

  /**
   * Behind sign-in unless the operation allows a caller without credentials: a security requirement
   * without schemes ({@code security: [{}]}, from {@code @SecurityRequirementsSet}).
   */
  static boolean secured(OpenAPI api, Operation op) {
    List<SecurityRequirement> security =
        op.getSecurity() != null && !op.getSecurity().isEmpty()
            ? op.getSecurity()
            : api.getSecurity();
    return security != null
        && !security.isEmpty()
        && security.stream()
            .allMatch(r -> r != null && r.getSchemes() != null && !r.getSchemes().isEmpty());
  }

  private static Content errorContent() {
    return OASFactory.createObject(Content.class)
        .addMediaType(
            jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
            OASFactory.createObject(MediaType.class)
                .schema(OASFactory.createObject(Schema.class).ref(ApiSchemas.PREFIX + ERROR)));
  }

  private static void addErrorSchemas(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createObject(Components.class));
    }
    Schema text = OASFactory.createObject(Schema.class).type(SchemaType.STRING);
    api.getComponents()
        .addSchema(
            ERROR_DETAIL,
            OASFactory.createObject(Schema.class)
                .type(SchemaType.OBJECT)
                .description(
                    "One problem: the field (a JSON path such as outcomes[0].level) or CSV line,"
                        + " and what is wrong with it; some refusals add figures of their own")
                .addProperty("field", text)
                .addProperty(
                    "line",
                    OASFactory.createObject(Schema.class).type(SchemaType.INTEGER).format("int32"))
                .addProperty("message", text)
                .additionalPropertiesBoolean(Boolean.TRUE));
    api.getComponents()
        .addSchema(
            ERROR,
            OASFactory.createObject(Schema.class)
                .type(SchemaType.OBJECT)
                .description(
                    "Every refusal: what went wrong in plain words and, for bad input, where")
                .addProperty("error", text)
                .addProperty(
                    "details",
                    OASFactory.createObject(Schema.class)
                        .type(SchemaType.ARRAY)
                        .items(
                            OASFactory.createObject(Schema.class)
                                .ref(ApiSchemas.PREFIX + ERROR_DETAIL)))
                .required(List.of("error")));
  }
}
