package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.platform.HostileCases.JSON;
import static org.sendcpd.platform.HostileScene.ADMIN;
import static org.sendcpd.platform.Refusals.watch;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
import org.sendcpd.organisation.control.PasswordPolicy;
import org.sendcpd.platform.HostileCases.Fields;
import org.sendcpd.platform.HostileCases.Hostile;
import org.sendcpd.platform.Refusals.Watch;
import org.sendcpd.testing.WebClient;

/**
 * The hostile-input catalogue: every write endpoint of /api gets malformed JSON, the wrong kind of
 * container, wrong types, fractions for ids, impossible and non-ISO dates, unknown enum names and
 * huge values, and binary files where CSV belongs. Each answer must be a 4xx with a JSON error that
 * names the field, and the lists the endpoint writes to must read the same afterwards. The valid
 * body each case was made from is sent last and must be accepted, so the refusals are for the
 * mistake and not for something else. The endpoints of training, appraisal and demand are in {@link
 * HostileTrainingInputIT}.
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
          "PUT /api/me/password",
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
          "PUT /api/need-profiles",
          "POST /api/retention/run",
          "PUT /api/cpd-records/{id}/follow-up",
          "POST /api/sessions/{id}/evaluations",
          "POST /api/priorities/{id}/measures",
          // cases in HostileDeploymentInputIT
          "PUT /api/staff/{id}/deployments",
          "POST /api/deployments/import",
          // cases in HostileAssessmentInputIT
          "POST /api/observations",
          "PUT /api/staff/{id}/self-assessment",
          // cases in SelfReviewApiIT
          "PUT /api/self-reviews",
          "POST /api/self-reviews/{id}/responses",
          // cases in OutreachHostileInputIT
          "PUT /api/me/outreach",
          "POST /api/support-requests",
          "POST /api/support-requests/{id}/accept",
          "POST /api/support-requests/{id}/decline",
          // cases in TrustSessionsIT
          "POST /api/trust-sessions",
          // cases in CpdHistoryImportIT (malformed files, wrong types, impossible dates, huge
          // values)
          "POST /api/cpd-records/import",
          // cases in SingleSignOnIT
          "PUT /api/schools/{id}/sign-in");

  /** Write operations that take no input at all: nothing hostile can be sent to them. */
  static final Set<String> NO_INPUT =
      Set.of(
          "POST /api/me/calendar-feed",
          "DELETE /api/me/calendar-feed",
          "POST /api/backups",
          "POST /api/me/sign-out-everywhere",
          "POST /api/accounts/{id}/unlock",
          "POST /api/accounts/{id}/sign-out-everywhere");

  static final List<String> BAD_IDS = List.of("abc", "14.7", "99999999999999999999", "1e308", "-1");

  @ArquillianResource URL base;
  WebClient web;
  HostileScene scene;
  Refusals check;

  @BeforeEach
  void freshSchool() {
    web = new WebClient(base);
    scene = new HostileScene(web);
    check = new Refusals(web);
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
    check.refusesThenAccepts(
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
    check.refusesThenAccepts("POST", "api/accounts", ADMIN, valid, fields, 201, accounts);

    JsonObject change =
        Json.createObjectBuilder()
            .add("staffId", scene.ta)
            .add("roles", Json.createArrayBuilder().add("SENCO"))
            .add("enabled", true)
            .build();
    Fields changed = new Fields().id("staffId").flag("enabled").oneOf("roles[0]", "HEAD");
    check.refusesThenAccepts(
        "PUT", "api/accounts/" + scene.taAccount, ADMIN, change, changed, 200, accounts);
  }

  @Test
  void ownPassword() {
    long spare = scene.staff("Changer", "TA", null);
    String username = "changer-" + scene.tag;
    scene.post(
        "api/accounts",
        Json.createObjectBuilder()
            .add("staffId", spare)
            .add("username", username)
            .add("password", HostileScene.PASSWORD)
            .add("roles", Json.createArrayBuilder()),
        ADMIN);
    String changer = basic(username, HostileScene.PASSWORD);
    // signed in once first, so the watched list holds a last sign-in that only moves on
    assertEquals(200, web.get("api/me", "Authorization", changer).statusCode());
    JsonObject valid =
        Json.createObjectBuilder()
            .add("currentPassword", HostileScene.PASSWORD)
            .add("newPassword", "a changed hostile secret")
            .build();
    Fields fields =
        new Fields()
            .text("currentPassword", "newPassword")
            .column("newPassword", PasswordPolicy.MAX_LENGTH);
    check.refusesThenAccepts(
        "PUT", "api/me/password", changer, valid, fields, 204, watch("api/accounts", ADMIN));
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
    check.refuses("POST", "api/staff", ADMIN, cases, staff);
    check.accepts("POST", "api/staff", ADMIN, valid, 201, staff);

    JsonObject teacher =
        WebClient.json(web.get("api/staff/" + scene.teacher, "Authorization", ADMIN));
    check.refusesThenAccepts(
        "PUT", "api/staff/" + scene.teacher, ADMIN, teacher, fields, 200, staff);
  }

  @Test
  void staffImport() {
    String path = "api/staff/import?schoolId=" + scene.school;
    Watch staff = watch("api/staff?schoolId=" + scene.school, ADMIN);
    check.refuses("POST", path, ADMIN, HostileCases.staffCsv(), staff);
    String csv =
        "first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email\n"
            + "Ann,Lee,ann."
            + scene.tag
            + "@hostile.example,TA,,1,01/09/2025,,\n";
    for (String bad : List.of("abc", "14.7", "99999999999999999999")) {
      List<Hostile> query =
          List.of(
              new Hostile("schoolId=" + bad, "text/csv", HostileCases.utf8(csv), "schoolId", null));
      check.refuses("POST", "api/staff/import?schoolId=" + bad, ADMIN, query, staff);
    }
    check.accepts("POST", path, ADMIN, HostileCases.utf8(csv), "text/csv", 200, staff);
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
      check.refusesThenAccepts("POST", path, ADMIN, framework(path), fields, 201, frameworks);
    }
  }

  @Test
  void frameworksAsCsvAndForms() {
    Watch frameworks = watch("api/frameworks", ADMIN);
    String path = "api/frameworks/import?version=1&name=Hostile%20CSV%20" + scene.tag;
    check.refuses("POST", path, ADMIN, HostileCases.competencesCsv(), frameworks);
    String csv =
        "area_code,area_name,competence_code,statement\nH"
            + scene.tag
            + ",Hostile,H"
            + scene.tag
            + "-01,Does it\n";
    List<Hostile> unnamed =
        List.of(new Hostile("no name", "text/csv", HostileCases.utf8(csv), "name", null));
    check.refuses("POST", "api/frameworks/import?version=1", ADMIN, unnamed, frameworks);

    List<Hostile> forms = new ArrayList<>();
    for (Hostile file : HostileCases.notCsv("competences")) {
      forms.add(
          Multipart.form(
              "a form whose competences are " + file.name(), file.body(), "competences"));
    }
    forms.addAll(Multipart.broken());
    check.refuses("POST", "api/frameworks/import", ADMIN, forms, frameworks);
    check.accepts("POST", path, ADMIN, HostileCases.utf8(csv), "text/csv", 201, frameworks);
  }

  @Test
  void retentionRunTakesOnlyASchoolIdAndOnlyFromAnAdministrator() {
    for (String bad : List.of("abc", "14.7", "99999999999999999999", "1e308")) {
      HttpResponse<String> answer =
          web.send("POST", "api/retention/run?schoolId=" + bad, JSON, "", "Authorization", ADMIN);
      Refusals.assertRefused("retention run with schoolId=" + bad, answer, "schoolId", null);
    }
    HttpResponse<String> senco =
        web.send(
            "POST",
            "api/retention/run?schoolId=" + scene.school,
            JSON,
            "",
            "Authorization",
            scene.sencoAuth);
    assertEquals(403, senco.statusCode(), senco.body());
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
    Map<String, String> before = check.snapshot(all);
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
        Refusals.assertRefused(r[0] + " " + r[1], answer, null, null);
      }
    }
    assertEquals(before, check.snapshot(all), "ids that are not ids changed nothing");
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
}
