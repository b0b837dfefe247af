package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * /openapi is a contract other people's tools accept: valid OpenAPI 3 by swagger-parser, JSON by
 * default, every operation documented as {@link ContractRules} asks (so a new endpoint that is not
 * fails here, naming what it lacks), only the API's own JSON types, and a Java client generated
 * from it by openapi-generator that compiles and reads this server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiContractIT {

  @ArquillianResource URL base;
  WebClient web;

  @BeforeEach
  void client() {
    web = new WebClient(base);
  }

  @Test
  void answersJsonByDefaultAndYamlWhenAsked() {
    for (HttpResponse<String> json :
        List.of(web.get("openapi"), web.get("openapi", "Accept", "*/*"))) {
      assertEquals(200, json.statusCode());
      assertTrue(contentType(json).startsWith("application/json"), contentType(json));
      assertTrue(json.body().startsWith("{"), json.body());
    }
    for (HttpResponse<String> yaml :
        List.of(web.get("openapi?format=yaml"), web.get("openapi", "Accept", "application/yaml"))) {
      assertEquals(200, yaml.statusCode());
      assertTrue(contentType(yaml).startsWith("application/yaml"), contentType(yaml));
      assertTrue(yaml.body().startsWith("openapi:") || yaml.body().startsWith("---"), yaml.body());
    }
  }

  @Test
  void isValidOpenApi3InJsonAndInYaml() {
    for (String document : List.of(document(), web.get("openapi?format=yaml").body())) {
      SwaggerParseResult parsed = parse(document);
      assertEquals(List.of(), parsed.getMessages(), "swagger-parser's messages");
      assertTrue(parsed.getOpenAPI().getOpenapi().startsWith("3."));
      assertFalse(parsed.getOpenAPI().getPaths().isEmpty());
    }
  }

  @Test
  void everyOperationIsDocumentedAsTheContractAsks() {
    List<String> problems = ContractRules.check(api());
    assertEquals("", String.join("\n", problems), problems.size() + " problems");
  }

  @Test
  void theServerIsTheOneTheDocumentCameFrom() {
    OpenAPI api = api();
    assertEquals(1, api.getServers().size(), api.getServers().toString());
    assertEquals("/", api.getServers().get(0).getUrl());
    assertFalse(document().contains(":" + base.getPort() + "/"), "no fixed address or port");
  }

  @Test
  void describesOnlyTheApisOwnJsonTypes() throws IOException {
    OpenAPI api = api();
    Set<String> internal = internalClassNames();
    Set<String> leaked = new TreeSet<>(api.getComponents().getSchemas().keySet());
    leaked.retainAll(internal);
    assertEquals(Set.of(), leaked, "entities, screens or platform types as schemas");
    String document = document();
    assertFalse(document.contains("passwordHash"), "an account's hash");
    assertFalse(document.contains("LoginView"), "the sign-in screen");
    assertTrue(internal.contains(UserAccount.class.getSimpleName()), "the scan found the entities");
  }

  @Test
  void datesGapRowsAndCapacityAreTyped() {
    OpenAPI api = api();
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    assertEquals("date", property(schemas, "StaffJson", "startDate").getFormat());
    assertEquals("date", property(schemas, "CpdRecordJson", "completedOn").getFormat());
    assertEquals("date-time", property(schemas, "CpdRecordJson", "verifiedAt").getFormat());
    assertEquals("int64", property(schemas, "StaffJson", "id").getFormat());

    Schema<?> gaps =
        api.getPaths()
            .get("/api/analysis/gaps")
            .getGet()
            .getResponses()
            .get("200")
            .getContent()
            .get("application/json")
            .getSchema();
    assertEquals("array", gaps.getType());
    String row = name(gaps.getItems().get$ref());
    for (String field : List.of("staffId", "competenceCode", "required", "held", "status")) {
      assertNotNull(property(schemas, row, field), row + "." + field);
    }
    assertEquals("integer", property(schemas, row, "held").getType());
    assertEquals("array", property(schemas, row, "closingCourses").getType());
    assertEquals("date", property(schemas, row, "heldUntil").getFormat());

    Schema<?> capacity =
        api.getPaths()
            .get("/api/analysis/capacity")
            .getGet()
            .getResponses()
            .get("200")
            .getContent()
            .get("application/json")
            .getSchema();
    String answer = name(capacity.get$ref());
    assertEquals("date", property(schemas, answer, "date").getFormat());
    String holding = name(property(schemas, answer, "holdings").getItems().get$ref());
    Schema<?> byRole = property(schemas, holding, "byRole");
    assertEquals("integer", ((Schema<?>) byRole.getAdditionalProperties()).getType());
  }

  @Test
  void documentsPagingWithItsDefaults() {
    var staff = api().getPaths().get("/api/staff").getGet();
    var size =
        staff.getParameters().stream().filter(p -> p.getName().equals("size")).findFirst().get();
    assertEquals("integer", size.getSchema().getType());
    assertEquals(50, ((Number) size.getSchema().getDefault()).intValue());
    assertTrue(staff.getResponses().get("200").getHeaders().containsKey("X-Total-Count"));
  }

  /**
   * openapi-generator's Java client compiles from the served document and, signed in as the
   * administrator, reads the schools through its own classes.
   */
  @Test
  void aGeneratedJavaClientCompilesAndReadsTheServer() throws Exception {
    GeneratedClient client = new GeneratedClient(Path.of("target", "openapi-client"));
    List<Path> sources = client.generate(document());
    assertTrue(sources.size() > 50, sources.size() + " sources");
    List<String> errors = client.compile(sources);
    assertEquals("", String.join("\n", errors), "compile errors");

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {client.classes().toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> apiClient = loader.loadClass(GeneratedClient.PACKAGE + ".ApiClient");
      Object settings = apiClient.getConstructor().newInstance();
      apiClient
          .getMethod("updateBaseUri", String.class)
          .invoke(settings, base.toString().replaceAll("/$", ""));
      Consumer<HttpRequest.Builder> signIn =
          request ->
              request.header(
                  "Authorization", WebClient.basic("admin", TestDeployments.ADMIN_PASSWORD));
      apiClient.getMethod("setRequestInterceptor", Consumer.class).invoke(settings, signIn);
      Class<?> schoolsApi = loader.loadClass(GeneratedClient.PACKAGE + ".api.SchoolsApi");
      Object schools = schoolsApi.getConstructor(apiClient).newInstance(settings);
      List<?> answer = (List<?>) schoolsApi.getMethod("listSchools").invoke(schools);
      assertFalse(answer.isEmpty(), "the demo trust's schools");
      Object first = answer.get(0);
      Object name = first.getClass().getMethod("getName").invoke(first);
      assertTrue(name instanceof String text && !text.isBlank(), String.valueOf(name));
    }
  }

  private String document() {
    HttpResponse<String> answer = web.get("openapi");
    assertEquals(200, answer.statusCode());
    return answer.body();
  }

  private OpenAPI api() {
    SwaggerParseResult parsed = parse(document());
    assertNotNull(parsed.getOpenAPI(), String.valueOf(parsed.getMessages()));
    return parsed.getOpenAPI();
  }

  private static SwaggerParseResult parse(String document) {
    return new OpenAPIV3Parser().readContents(document, null, new ParseOptions());
  }

  private static Schema<?> property(Map<String, Schema> schemas, String type, String name) {
    Schema<?> schema = schemas.get(type);
    assertNotNull(schema, type);
    Schema<?> property = schema.getProperties().get(name);
    assertNotNull(property, type + "." + name);
    return property;
  }

  private static String name(String ref) {
    assertNotNull(ref, "a reference to a named schema");
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String contentType(HttpResponse<String> answer) {
    return answer.headers().firstValue("Content-Type").orElse("");
  }

  /**
   * The simple names of the classes that are not the API's JSON types, from the compiled
   * application: entities and their embeddables (the enums of entity packages are values the API
   * names, so they may be schemas), screens (Faces views) and the platform's paging types.
   */
  private static Set<String> internalClassNames() throws IOException {
    Path classes = Path.of("target", "classes");
    try (Stream<Path> files = Files.walk(classes.resolve("org/sendcpd"))) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .filter(
              name ->
                  name.contains(".entity.") && !isEnum(name)
                      || name.endsWith("View")
                      || name.startsWith("org.sendcpd.platform.control.Page"))
          .map(name -> name.substring(name.lastIndexOf('.') + 1))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static boolean isEnum(String name) {
    try {
      return Class.forName(name, false, OpenApiContractIT.class.getClassLoader()).isEnum();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
