package org.sendcpd.platform.boundary;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageRequest;

/**
 * Turns the document Payara scans from the annotations into the API's contract (registered as
 * {@code mp.openapi.filter}), so every resource, also one added later, comes out valid OpenAPI 3
 * that generators accept: plain path templates, one relative server (the one the document came
 * from, whatever its address), no Payara-only members, typed schemas of the API's own JSON types
 * only ({@link ApiSchemas}), every answer including the refusals ({@link ApiAnswers}), typed paging
 * parameters and unique operation ids ({@link ApiOperationIds}).
 */
public class ApiContract implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI api) {
    dropPayaraEndpoints(api);
    api.setServers(
        List.of(
            OASFactory.createObject(Server.class)
                .url("/")
                .description("this server: the address the document was fetched from")));
    plainPathTemplates(api);
    eachPathItem(api, ApiContract::ifMatch);
    ApiAnswers.document(api);
    ApiSchemaWalk.eachOperation(api, ApiContract::typedPaging);
    ApiSchemas.repair(api);
    ApiOperationIds.assign(api);
    tagByResource(api);
  }

  /**
   * Groups the operations by the resource they are under ({@code /api/cpd-records/...} is
   * "cpd-records"), so a generated client has one class per resource rather than one for all.
   */
  private static void tagByResource(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              String[] segments = path.replaceFirst("^/?api/", "").split("/");
              item.getOperations().values().stream()
                  .filter(op -> op.getTags() == null || op.getTags().isEmpty())
                  .forEach(op -> op.addTag(segments[0]));
            });
  }

  /**
   * Payara adds a top-level "endpoints" map (its own, outside OpenAPI 3) that validators refuse; it
   * is written only when it has entries. Its model has no public type for it, hence reflection.
   */
  private static void dropPayaraEndpoints(OpenAPI api) {
    try {
      api.getClass().getMethod("setEndpoints", Map.class).invoke(api, Map.of());
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      // another implementation, without the extra member
    }
  }

  /** The name of the operation extension that says a write takes If-Match: {@code "true"}. */
  static final String IF_MATCH = "x-if-match";

  /**
   * A write marked {@code @Extension(name = "x-if-match", value = "true")} documents the If-Match
   * header and its 412; the read of the same path then documents the ETag it answers.
   */
  private static void ifMatch(PathItem item) {
    boolean any = false;
    for (Operation op : item.getOperations().values()) {
      if (op.getExtensions() == null || !op.getExtensions().containsKey(IF_MATCH)) {
        continue;
      }
      op.removeExtension(IF_MATCH);
      // Payara copies an operation's extensions onto its answers as well
      op.getResponses().getAPIResponses().values().stream()
          .filter(answer -> answer.getExtensions() != null)
          .forEach(answer -> answer.removeExtension(IF_MATCH));
      any = true;
      op.addParameter(
          OASFactory.createObject(Parameter.class)
              .name("If-Match")
              .in(Parameter.In.HEADER)
              .description(
                  "the ETag of the copy this change was made from; a copy changed since is"
                      + " refused with 412 and nothing is saved")
              .schema(OASFactory.createObject(Schema.class).type(SchemaType.STRING)));
      op.getResponses()
          .addAPIResponse(
              "412",
              OASFactory.createObject(APIResponse.class)
                  .description(
                      "Changed by someone else since the copy If-Match names: nothing saved"));
    }
    Operation read = item.getGET();
    APIResponse ok =
        read == null || read.getResponses() == null
            ? null
            : read.getResponses().getAPIResponse("200");
    if (any && ok != null) {
      ok.addHeader(
          "ETag",
          OASFactory.createObject(Header.class)
              .description("the version of this copy, for If-Match when changing it")
              .schema(OASFactory.createObject(Schema.class).type(SchemaType.STRING)));
    }
  }

  private static void eachPathItem(OpenAPI api, java.util.function.Consumer<PathItem> action) {
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      api.getPaths().getPathItems().values().forEach(action);
    }
  }

  /** {@code {id: \d+}} is JAX-RS matching, not an OpenAPI template: the path says {@code {id}}. */
  private static void plainPathTemplates(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, PathItem> plain = new LinkedHashMap<>();
    api.getPaths()
        .getPathItems()
        .forEach((path, item) -> plain.merge(plain(path), item, ApiContract::merge));
    Paths paths = OASFactory.createObject(Paths.class);
    plain.forEach(paths::addPathItem);
    paths.setExtensions(api.getPaths().getExtensions());
    api.setPaths(paths);
  }

  static String plain(String path) {
    return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
  }

  private static PathItem merge(PathItem into, PathItem other) {
    other.getOperations().forEach(into::setOperation);
    return into;
  }

  /**
   * A list that takes {@code page} and {@code size} (as text, so a wrong value is refused naming
   * it) documents them as the whole numbers they are, with their defaults, and its total header.
   */
  private static void typedPaging(Operation op) {
    if (op.getParameters() == null) {
      return;
    }
    boolean paged = false;
    for (Parameter parameter : op.getParameters()) {
      if (parameter.getIn() != Parameter.In.QUERY) {
        continue;
      }
      if ("page".equals(parameter.getName())) {
        parameter.setSchema(whole(0, null, 0));
        paged = true;
      } else if ("size".equals(parameter.getName())) {
        parameter.setSchema(whole(1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
      }
    }
    APIResponse ok = op.getResponses() == null ? null : op.getResponses().getAPIResponse("200");
    if (paged && ok != null) {
      Header total = ok.getHeaders() == null ? null : ok.getHeaders().get(Page.TOTAL_HEADER);
      if (total == null) {
        total = OASFactory.createObject(Header.class).description("the number of items, all pages");
        ok.addHeader(Page.TOTAL_HEADER, total);
      }
      total.setSchema(
          OASFactory.createObject(Schema.class).type(SchemaType.INTEGER).format("int64"));
    }
  }

  private static Schema whole(int minimum, Integer maximum, int byDefault) {
    Schema schema =
        OASFactory.createObject(Schema.class)
            .type(SchemaType.INTEGER)
            .format("int32")
            .minimum(java.math.BigDecimal.valueOf(minimum))
            .defaultValue(byDefault);
    if (maximum != null) {
      schema.setMaximum(java.math.BigDecimal.valueOf(maximum));
    }
    return schema;
  }
}
