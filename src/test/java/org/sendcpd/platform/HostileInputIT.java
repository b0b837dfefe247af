package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.platform.HostileCases.JSON;
import static org.sendcpd.platform.HostileScene.ADMIN;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.platform.HostileCases.Fields;
import org.sendcpd.platform.HostileCases.Hostile;
import org.sendcpd.testing.WebClient;

/**
 * The hostile-input catalogue: every write endpoint of /api gets malformed JSON, the wrong kind of
 * container, wrong types, fractions for ids, impossible and non-ISO dates, unknown enum names and
 * huge values, and binary files where CSV belongs. Each answer must be a 4xx with a JSON error that
 * names the field, and the lists the endpoint writes to must read the same afterwards. The valid
 * body each case was made from is sent last and must be accepted, so the refusals are for the
 * mistake and not for something else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  /** Every write operation of the API, as the OpenAPI document names it. */
  static final Set<String> CATALOGUE =
      Set.of(
          "POST /api/schools",
          "POST /api/accounts",
          "PUT /api/accounts/{id}",
          "DELETE /api/accounts/{id}",
          "POST /api/staff",
          "PUT /api/staff/{id}",
          "POST /api/staff/import",
          "POST /api/frameworks",
          "POST /api/frameworks/import",
          "POST /api/courses",
          "PUT /api/courses/{id}",
          "POST /api/sessions",
          "PUT /api/sessions/{id}",
          "POST /api/sessions/{sessionId}/bookings",
          "DELETE /api/sessions/{sessionId}/bookings/{bookingId}",
          "PUT /api/sessions/{sessionId}/register",
          "POST /api/cpd-records",
          "PUT /api/cpd-records/{id}",
          "POST /api/cpd-records/{id}/evidence",
          "POST /api/cpd-records/{id}/verify",
          "POST /api/cpd-records/{id}/reject",
          "POST /api/appraisals",
          "POST /api/appraisals/{id}/objectives",
          "POST /api/priorities",
          "POST /api/coverage-rules",
          "PUT /api/coverage-rules/{id}",
          "DELETE /api/coverage-rules/{id}",
          "PUT /api/need-profiles");

  /** Write operations that take no input at all: nothing hostile can be sent to them. */
  static final Set<String> NO_INPUT =
      Set.of("POST /api/me/calendar-feed", "DELETE /api/me/calendar-feed");

  static final List<String> BAD_IDS = List.of("abc", "14.7", "99999999999999999999", "1e308", "-1");

  @ArquillianResource URL base;
  WebClient web;
  HostileScene scene;

  /** A list read before and after each hostile request, with whose eyes. */
  record Watch(String path, String auth) {}

  @BeforeEach
  void freshSchool() {
    web = new WebClient(base);
    scene = new HostileScene(web);
  }

  @Test
  void theCatalogueHasEveryWriteOperationOfTheOpenApiDocument() {
    HttpResponse<String> openapi = web.get("openapi", "Accept", JSON);
    assertEquals(200, openapi.statusCode());
    Set<String> documented = new TreeSet<>();
    JsonObject paths = WebClient.json(openapi).getJsonObject("paths");
    paths.forEach(
        (path, operations) -> {
          if (!path.contains("/api/")) {
            return;
          }
          String api = path.substring(path.indexOf("/api/")).replaceAll("\\{(\\w+)[^}]*}", "{$1}");
          for (String verb : List.of("post", "put", "patch", "delete")) {
            if (operations.asJsonObject().containsKey(verb) && !api.startsWith("/api/it-")) {
              documented.add(verb.toUpperCase() + " " + api);
            }
          }
        });
    Set<String> known = new TreeSet<>(CATALOGUE);
    known.addAll(NO_INPUT);
    assertEquals(known, documented, "a new write endpoint needs its hostile cases here");
  }

  @Test
  void schools() {
    JsonObject valid =
        Json.createObjectBuilder()
            .add("name", "Hostile new " + scene.tag)
            .add("phase", "PRIMARY")
            .build();
    Fields fields =
        new Fields().id("id").text("name", "urn").column("name", 200).oneOf("phase", "SPECIAL");
    refusesThenAccepts(
        "POST", "api/schools", ADMIN, valid, fields, 201, watch("api/schools", ADMIN));
  }

  @Test
  void accounts() {
    long spare = scene.staff("Spare", "TA", null);
    JsonObject valid =
        Json.createObjectBuilder()
            .add("staffId", spare)
            .add("username", "spare-" + scene.tag)
            .add("password", HostileScene.PASSWORD)
            .add("roles", Json.createArrayBuilder().add("SENCO"))
            .build();
    Fields fields =
        new Fields()
            .id("staffId")
            .text("username", "password")
            .column("username", 100)
            .oneOf("roles[0]", "HEAD");
    Watch accounts = watch("api/accounts", ADMIN);
    refusesThenAccepts("POST", "api/accounts", ADMIN, valid, fields, 201, accounts);

    JsonObject change =
        Json.createObjectBuilder()
            .add("staffId", scene.ta)
            .add("roles", Json.createArrayBuilder().add("SENCO"))
            .add("enabled", true)
            .build();
    Fields changed = new Fields().id("staffId").flag("enabled").oneOf("roles[0]", "HEAD");
    refusesThenAccepts(
        "PUT", "api/accounts/" + scene.taAccount, ADMIN, change, changed, 200, accounts);
  }

  @Test
  void staff() {
    JsonObject valid =
        scene
            .person("New", "TA")
            .add("team", "Year 1")
            .add("startDate", "2025-09-01")
            .add("lineManagerId", scene.senco)
            .build();
    Fields fields =
        new Fields()
            .id("schoolId", "lineManagerId")
            .decimal("fte")
            .text("firstName", "email", "team")
            .column("lastName", 100)
            .column("email", 254)
            .date("startDate", "leftDate")
            .oneOf("jobRole", "HLTA");
    List<Hostile> cases = new ArrayList<>(HostileCases.json(valid, fields));
    cases.add(
        HostileCases.edit(valid, "fte", "an FTE of three decimals", HostileCases.number("0.333")));
    Watch staff = watch("api/staff?schoolId=" + scene.school, ADMIN);
    refuses("POST", "api/staff", ADMIN, cases, staff);
    accepts("POST", "api/staff", ADMIN, valid, 201, staff);

    JsonObject teacher =
        WebClient.json(web.get("api/staff/" + scene.teacher, "Authorization", ADMIN));
    refusesThenAccepts("PUT", "api/staff/" + scene.teacher, ADMIN, teacher, fields, 200, staff);
  }

  @Test
  void staffImport() {
    String path = "api/staff/import?schoolId=" + scene.school;
    Watch staff = watch("api/staff?schoolId=" + scene.school, ADMIN);
    refuses("POST", path, ADMIN, HostileCases.staffCsv(), staff);
    String csv =
        "first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email\n"
            + "Ann,Lee,ann."
            + scene.tag
            + "@hostile.example,TA,,1,01/09/2025,,\n";
    for (String bad : List.of("abc", "14.7", "99999999999999999999")) {
      List<Hostile> query =
          List.of(
              new Hostile("schoolId=" + bad, "text/csv", HostileCases.utf8(csv), "schoolId", null));
      refuses("POST", "api/staff/import?schoolId=" + bad, ADMIN, query, staff);
    }
    accepts("POST", path, ADMIN, HostileCases.utf8(csv), "text/csv", 200, staff);
  }

  @Test
  void frameworksAsJson() {
    Watch frameworks = watch("api/frameworks", ADMIN);
    Fields fields =
        new Fields()
            .text("name", "version", "areas[0].competences[0].statement")
            .whole("levels[0].rank", "requirements[0].level")
            .oneOf("areas[0].areaOfNeed", "SENSORY_AND_PHYSICAL")
            .oneOf("requirements[0].jobRole", "HLTA");
    for (String path : List.of("api/frameworks", "api/frameworks/import")) {
      refusesThenAccepts("POST", path, ADMIN, framework(path), fields, 201, frameworks);
    }
  }

  @Test
  void frameworksAsCsvAndForms() {
    Watch frameworks = watch("api/frameworks", ADMIN);
    String path = "api/frameworks/import?version=1&name=Hostile%20CSV%20" + scene.tag;
    refuses("POST", path, ADMIN, HostileCases.competencesCsv(), frameworks);
    String csv =
        "area_code,area_name,competence_code,statement\nH"
            + scene.tag
            + ",Hostile,H"
            + scene.tag
            + "-01,Does it\n";
    List<Hostile> unnamed =
        List.of(new Hostile("no name", "text/csv", HostileCases.utf8(csv), "name", null));
    refuses("POST", "api/frameworks/import?version=1", ADMIN, unnamed, frameworks);

    List<Hostile> forms = new ArrayList<>();
    for (Hostile file : HostileCases.notCsv("competences")) {
      forms.add(
          Multipart.form(
              "a form whose competences are " + file.name(), file.body(), "competences"));
    }
    forms.addAll(Multipart.broken());
    refuses("POST", "api/frameworks/import", ADMIN, forms, frameworks);
    accepts("POST", path, ADMIN, HostileCases.utf8(csv), "text/csv", 201, frameworks);
  }

  @Test
  void courses() {
    JsonObject valid =
        scene.courseBody().add("description", "Why and how").add("provider", "Us").build();
    Fields fields =
        new Fields()
            .id("schoolId")
            .decimal("hours", "costPerPlace")
            .whole("validityMonths", "outcomes[0].level")
            .text("title", "description", "outcomes[0].competenceCode")
            .column("title", 200)
            .flag("active")
            .oneOf("delivery", "ONLINE");
    Watch courses = watch("api/courses?schoolId=" + scene.school, scene.sencoAuth);
    JsonObject withActive = Json.createObjectBuilder(valid).add("active", true).build();
    refusesThenAccepts("POST", "api/courses", scene.sencoAuth, withActive, fields, 201, courses);
    refusesThenAccepts(
        "PUT", "api/courses/" + scene.course(), scene.sencoAuth, withActive, fields, 200, courses);
  }

  @Test
  void sessions() {
    JsonObject valid = scene.sessionBody().add("facilitatorId", scene.senco).build();
    Fields fields =
        new Fields()
            .id("courseId", "facilitatorId", "schoolId")
            .whole("capacity")
            .text("place")
            .column("place", 200)
            .dateTime("startsAt", "endsAt")
            .oneOf("status", "CONFIRMED");
    Watch sessions =
        watch(
            "api/sessions?from=2020-01-01&to=2035-12-31&schoolId=" + scene.school, scene.sencoAuth);
    refusesThenAccepts("POST", "api/sessions", scene.sencoAuth, valid, fields, 201, sessions);
    refusesThenAccepts(
        "PUT", "api/sessions/" + scene.session(), scene.sencoAuth, valid, fields, 200, sessions);
  }

  @Test
  void bookingsAndTheRegister() {
    String bookings = "api/sessions/" + scene.session() + "/bookings";
    Watch booked = watch(bookings, scene.sencoAuth);
    Watch records = watch("api/cpd-records?staffId=" + scene.ta, scene.sencoAuth);
    JsonObject person =
        Json.createObjectBuilder().add("staffId", scene.teacher).add("waitingList", false).build();
    refuses(
        "POST",
        bookings,
        scene.sencoAuth,
        HostileCases.json(person, new Fields().id("staffId").flag("waitingList")),
        booked);
    JsonObject role = Json.createObjectBuilder().add("jobRole", "TA").build();
    refuses(
        "POST",
        bookings,
        scene.sencoAuth,
        HostileCases.json(role, new Fields().oneOf("jobRole", "HLTA")),
        booked);
    JsonObject team = Json.createObjectBuilder().add("team", "Year 1").build();
    refuses(
        "POST",
        bookings,
        scene.sencoAuth,
        HostileCases.json(team, new Fields().text("team")),
        booked);
    accepts("POST", bookings, scene.sencoAuth, person, 201, booked);

    JsonStructure register =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("staffId", scene.ta).add("attended", true))
            .build();
    refuses(
        "PUT",
        "api/sessions/" + scene.session() + "/register",
        scene.sencoAuth,
        HostileCases.json(register, new Fields().id("[0].staffId").flag("[0].attended")),
        booked,
        records);
  }

  @Test
  void cpdRecords() {
    JsonObject valid = scene.recordBody().add("provider", "Online college").build();
    Fields fields =
        new Fields()
            .id("staffId", "courseId")
            .decimal("hours", "cost")
            .whole("outcomes[0].level")
            .text("title", "reflection", "provider")
            .column("title", 200)
            .column("reflection", 4000)
            .date("completedOn")
            .oneOf("delivery", "IN_HOUSE");
    Watch mine = watch("api/cpd-records?staffId=" + scene.ta, scene.taAuth);
    refusesThenAccepts("POST", "api/cpd-records", scene.taAuth, valid, fields, 201, mine);
    refusesThenAccepts(
        "PUT", "api/cpd-records/" + scene.record(), scene.taAuth, valid, fields, 200, mine);

    String record = "api/cpd-records/" + scene.record();
    Watch one = watch(record, scene.taAuth);
    List<Hostile> files = new ArrayList<>(Multipart.broken());
    files.add(
        Multipart.form(
            "a certificate that is random bytes", HostileCases.notCsv(null).get(0).body(), "file"));
    files.add(Multipart.form("a form without the file part", HostileCases.utf8("x"), "other"));
    refuses("POST", record + "/evidence", scene.taAuth, files, one);
    JsonObject reason =
        Json.createObjectBuilder().add("reason", "Please add the certificate").build();
    refusesThenAccepts(
        "POST",
        record + "/reject",
        scene.sencoAuth,
        reason,
        new Fields().text("reason").column("reason", 1000),
        200,
        one);
  }

  @Test
  void appraisalsAndObjectives() {
    JsonObject valid = scene.appraisalBody(scene.ta).build();
    Fields fields =
        new Fields().id("staffId", "appraiserId").text("academicYear").column("academicYear", 7);
    Watch appraisals = watch("api/appraisals?schoolId=" + scene.school, scene.headAuth);
    refusesThenAccepts("POST", "api/appraisals", scene.headAuth, valid, fields, 201, appraisals);

    String objectives = "api/appraisals/" + scene.appraisal() + "/objectives";
    Fields objective =
        new Fields()
            .id("priorityId")
            .whole("targets[0].level")
            .text("text", "successCriteria", "targets[0].competenceCode")
            .oneOf("status", "MET");
    refusesThenAccepts(
        "POST",
        objectives,
        scene.headAuth,
        scene.objectiveBody().build(),
        objective,
        201,
        watch(objectives, scene.headAuth));
  }

  @Test
  void priorities() {
    Fields fields =
        new Fields()
            .id("schoolId", "ownerId")
            .text("title", "academicYear", "successMeasure", "timescale")
            .column("title", 300)
            .oneOf("areaOfNeed", "SENSORY_AND_PHYSICAL")
            .oneOf("status", "ACHIEVED");
    Watch plan =
        watch("api/priorities?academicYear=2026/27&schoolId=" + scene.school, scene.sencoAuth);
    refusesThenAccepts(
        "POST", "api/priorities", scene.sencoAuth, scene.priorityBody().build(), fields, 201, plan);
  }

  @Test
  void coverageRulesAndNeedProfiles() {
    Fields fields =
        new Fields()
            .id("schoolId")
            .whole("level", "minHolders")
            .text("name", "competenceCode", "scope")
            .column("name", 200)
            .flag("active")
            .date("from", "to");
    JsonObject valid = scene.ruleBody().add("scope", "Year 1").add("active", true).build();
    Watch rules = watch("api/coverage-rules?schoolId=" + scene.school, scene.sencoAuth);
    refusesThenAccepts("POST", "api/coverage-rules", scene.sencoAuth, valid, fields, 201, rules);
    refusesThenAccepts(
        "PUT", "api/coverage-rules/" + scene.rule(), scene.sencoAuth, valid, fields, 200, rules);

    Fields profile =
        new Fields()
            .id("schoolId")
            .whole("counts[0].pupils", "counts[0].ehcPlans")
            .text("yearGroup")
            .column("yearGroup", 50)
            .oneOf("counts[0].areaOfNeed", "SENSORY_AND_PHYSICAL");
    Watch profiles = watch("api/need-profiles?schoolId=" + scene.school, scene.sencoAuth);
    refusesThenAccepts(
        "PUT",
        "api/need-profiles",
        scene.sencoAuth,
        scene.profileBody().build(),
        profile,
        200,
        profiles);
  }

  @Test
  void idsInThePathThatAreNotIds() {
    long session = scene.session();
    long booking = scene.booking();
    long record = scene.record();
    long rule = scene.rule();
    long appraisal = scene.appraisal();
    List<Watch> all =
        List.of(
            watch("api/accounts", ADMIN),
            watch("api/staff?schoolId=" + scene.school, ADMIN),
            watch("api/courses?schoolId=" + scene.school, scene.sencoAuth),
            watch("api/sessions/" + session + "/bookings", scene.sencoAuth),
            watch("api/cpd-records/" + record, scene.sencoAuth),
            watch("api/coverage-rules?schoolId=" + scene.school, scene.sencoAuth),
            watch("api/appraisals/" + appraisal + "/objectives", scene.headAuth));
    Map<String, String> before = snapshot(all);
    String empty = "{}";
    for (String bad : BAD_IDS) {
      List<String[]> requests =
          List.of(
              new String[] {"PUT", "api/accounts/" + bad, empty},
              new String[] {"DELETE", "api/accounts/" + bad, null},
              new String[] {"PUT", "api/staff/" + bad, empty},
              new String[] {"PUT", "api/courses/" + bad, empty},
              new String[] {"PUT", "api/sessions/" + bad, empty},
              new String[] {
                "POST", "api/sessions/" + bad + "/bookings", "{\"staffId\": " + scene.ta + "}"
              },
              new String[] {"DELETE", "api/sessions/" + session + "/bookings/" + bad, null},
              new String[] {"DELETE", "api/sessions/" + bad + "/bookings/" + booking, null},
              new String[] {"PUT", "api/sessions/" + bad + "/register", "[]"},
              new String[] {"PUT", "api/cpd-records/" + bad, empty},
              new String[] {"POST", "api/cpd-records/" + bad + "/verify", null},
              new String[] {"POST", "api/cpd-records/" + bad + "/reject", "{\"reason\": \"no\"}"},
              new String[] {"POST", "api/appraisals/" + bad + "/objectives", empty},
              new String[] {"PUT", "api/coverage-rules/" + bad, empty},
              new String[] {"DELETE", "api/coverage-rules/" + bad, null});
      for (String[] r : requests) {
        String auth =
            r[1].startsWith("api/accounts") || r[1].startsWith("api/staff")
                ? ADMIN
                : scene.sencoAuth;
        HttpResponse<String> answer =
            r[2] == null
                ? web.send(r[0], r[1], JSON, new byte[0], "Authorization", auth)
                : web.send(r[0], r[1], JSON, r[2], "Authorization", auth);
        assertRefused(r[0] + " " + r[1], answer, null, null);
      }
    }
    assertEquals(before, snapshot(all), "ids that are not ids changed nothing");
    assertTrue(rule > 0);
  }

  private JsonObject framework(String path) {
    String name = "Hostile " + path.length() + " " + scene.tag;
    return Json.createObjectBuilder()
        .add("name", name)
        .add("version", "1")
        .add("source", "ours")
        .add(
            "levels",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("rank", 1).add("name", "Universal")))
        .add(
            "areas",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("code", "HX" + path.length())
                        .add("name", "Hostile")
                        .add("areaOfNeed", "COMMUNICATION_AND_INTERACTION")
                        .add(
                            "competences",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("code", "H" + path.length() + scene.tag)
                                        .add("statement", "Does it")))))
        .add(
            "requirements",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("jobRole", "TA")
                        .add("competenceCode", "H" + path.length() + scene.tag)
                        .add("level", 1)))
        .build();
  }

  private void refusesThenAccepts(
      String method,
      String path,
      String auth,
      JsonStructure valid,
      Fields fields,
      int status,
      Watch... watched) {
    refuses(method, path, auth, HostileCases.json(valid, fields), watched);
    accepts(method, path, auth, valid, status, watched);
  }

  private void accepts(
      String method, String path, String auth, JsonStructure valid, int status, Watch... watched) {
    accepts(method, path, auth, HostileCases.utf8(valid.toString()), JSON, status, watched);
  }

  /** The valid input is taken, and (for a create) the watched list changes. */
  private void accepts(
      String method,
      String path,
      String auth,
      byte[] body,
      String type,
      int status,
      Watch... watched) {
    Map<String, String> before = snapshot(List.of(watched));
    HttpResponse<String> answer = web.send(method, path, type, body, "Authorization", auth);
    assertEquals(
        status,
        answer.statusCode(),
        method + " " + path + " with the valid input: " + answer.body());
    if (status == 201) {
      assertNotEquals(
          before, snapshot(List.of(watched)), method + " " + path + " created nothing to see");
    }
  }

  private void refuses(
      String method, String path, String auth, List<Hostile> cases, Watch... watched) {
    Map<String, String> before = snapshot(List.of(watched));
    for (Hostile hostile : cases) {
      HttpResponse<String> answer =
          web.send(method, path, hostile.contentType(), hostile.body(), "Authorization", auth);
      String what = method + " " + path + " with " + hostile.name();
      assertRefused(what, answer, hostile.field(), hostile.mentions());
      assertEquals(before, snapshot(List.of(watched)), what + " changed nothing");
    }
  }

  private static void assertRefused(
      String what, HttpResponse<String> answer, String field, String mentions) {
    int status = answer.statusCode();
    String body =
        answer.body().length() > 600 ? answer.body().substring(0, 600) + "..." : answer.body();
    assertTrue(status >= 400 && status < 500, what + " answered " + status + ": " + body);
    JsonValue json;
    try {
      json = HostileCases.parse(answer.body());
    } catch (RuntimeException notJson) {
      throw new AssertionError(what + " answered " + status + " without JSON: " + body, notJson);
    }
    assertTrue(json instanceof JsonObject, what + ": " + body);
    JsonValue error = json.asJsonObject().get("error");
    assertTrue(
        error instanceof JsonString s && !s.getString().isBlank(), what + " has no error: " + body);
    String texts = HostileCases.texts(json);
    assertFalse(
        texts.contains("Exception") || texts.contains("org.sendcpd"),
        what + " shows internals: " + body);
    if (field != null) {
      assertTrue(texts.contains(field), what + " must name " + field + ": " + body);
    }
    if (mentions != null) {
      assertTrue(texts.contains(mentions), what + " must mention " + mentions + ": " + body);
    }
  }

  private Map<String, String> snapshot(List<Watch> watched) {
    Map<String, String> lists = new LinkedHashMap<>();
    for (Watch w : watched) {
      HttpResponse<String> answer = web.get(w.path(), "Authorization", w.auth());
      assertEquals(200, answer.statusCode(), w.path() + ": " + answer.body());
      // every Basic request signs in again, so an account's last sign-in moves on its own
      lists.put(w.path(), answer.body().replaceAll("\"lastLoginAt\":\"[^\"]*\"", ""));
    }
    return lists;
  }

  private static Watch watch(String path, String auth) {
    return new Watch(path, auth);
  }
}
