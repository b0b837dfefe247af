package org.sendcpd.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.Pages;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * The staff, schools, accounts and me parts of the API contract, against the demo school and
 * against fresh schools each test makes for itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiIT {

  static final String DEMO = "oakfield-demo";
  static final String SENCO = basic("eleanor.shah", DEMO);
  static final String TA = basic("ellie.robinson", DEMO);
  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);
  static final String CSV_HEADER =
      "first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email\n";

  @ArquillianResource URL base;
  WebClient web;

  @BeforeEach
  void client() {
    web = new WebClient(base);
  }

  @Test
  void theSencoListsTheDemoStaff() {
    HttpResponse<String> response = web.get("api/staff", "Authorization", SENCO);
    assertEquals(200, response.statusCode());
    long total = Pages.total(response);
    assertTrue(total >= 35, "about 40 demo staff, got " + total);
    JsonArray firstPage = array(response);
    assertEquals(Math.min(total, 50), firstPage.size(), "without page and size: the first 50");
    JsonArray staff = Pages.all(web, "api/staff", 7, "Authorization", SENCO);
    assertEquals(total, staff.size(), "the pages together hold everyone once");
    assertEquals(
        total,
        staff.stream()
            .map(s -> s.asJsonObject().getJsonNumber("id").longValue())
            .distinct()
            .count());
    JsonObject first = staff.getJsonObject(0);
    for (String field :
        new String[] {
          "id",
          "schoolId",
          "firstName",
          "lastName",
          "email",
          "jobRole",
          "team",
          "fte",
          "startDate",
          "leftDate",
          "lineManagerId"
        }) {
      assertTrue(first.containsKey(field), "contract field " + field);
    }
    assertTrue(
        staff.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(s -> s.getString("email").equals("ellie.robinson@oakfield.example.org")));
  }

  @Test
  void aTeachingAssistantReadsThemselvesButGets403ForSomeoneElse() {
    JsonObject me = WebClient.json(web.get("api/me", "Authorization", TA));
    long myId = me.getJsonNumber("staffId").longValue();
    assertEquals("ellie.robinson", me.getString("username"));
    assertTrue(me.getJsonArray("roles").getValuesAs(JsonValue::toString).contains("\"STAFF\""));

    assertEquals(200, web.get("api/staff/" + myId, "Authorization", TA).statusCode());
    long someoneElse = otherStaffId(myId);
    HttpResponse<String> refused = web.get("api/staff/" + someoneElse, "Authorization", TA);
    assertEquals(403, refused.statusCode());
    assertFalse(refused.body().contains("@oakfield"), "a refusal carries none of the data");
    assertTrue(WebClient.json(refused).containsKey("error"));
    assertEquals(403, web.get("api/staff", "Authorization", TA).statusCode());

    JsonArray denied =
        array(web.get("api/audit?action=ACCESS_DENIED&limit=50", "Authorization", ADMIN));
    assertTrue(
        denied.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                e ->
                    e.getString("actor").equals("ellie.robinson")
                        && e.getString("entityType").equals("StaffMember")
                        && e.getJsonNumber("entityId").longValue() == someoneElse),
        "the refusal is in the audit log: " + denied);
    assertEquals(403, web.get("api/audit", "Authorization", SENCO).statusCode());
  }

  @Test
  void anAnonymousCallerGets401() {
    HttpResponse<String> response = web.get("api/staff/1");
    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }

  @Test
  void aStaffImportSavesEveryRowOrNoneAndNamesTheBadLine() {
    long school = newSchool();
    String good =
        CSV_HEADER
            + "Ann,Lee,ann."
            + school
            + "@it.example,TEACHER,Year 1,1,01/09/2024,,\n"
            + "Bo,Chan,bo."
            + school
            + "@it.example,TA,Year 1,0.6,2025-01-06,,ann."
            + school
            + "@it.example\n";
    JsonObject created = importCsv(school, good, 200);
    assertEquals(2, created.getInt("created"));
    assertEquals(0, created.getInt("updated"));

    String bad =
        CSV_HEADER
            + "Ann,Lee,ann."
            + school
            + "@it.example,SLT,Year 1,1,01/09/2024,,\n"
            + "Cy,Doe,cy."
            + school
            + "@it.example,WIZARD,Year 2,1,,,\n";
    JsonObject refused = importCsv(school, bad, 400);
    assertEquals(0, refused.getInt("created"));
    JsonObject error = refused.getJsonArray("errors").getJsonObject(0);
    assertEquals(3, error.getInt("line"));
    assertTrue(error.getString("message").contains("WIZARD"));

    JsonArray staff = array(web.get("api/staff?schoolId=" + school, "Authorization", ADMIN));
    assertEquals(2, staff.size(), "nothing of the refused file was saved");
    assertTrue(
        staff.stream()
            .map(JsonValue::asJsonObject)
            .allMatch(s -> !s.getString("jobRole").equals("SLT")),
        "the good first line of a refused file changed nothing");
  }

  @Test
  void anMisExportIsReadThroughItsPresetAndAnUnknownPresetIsRefused() {
    long school = newSchool();
    String sims =
        "Legal Surname,Legal Forename,Work Email,Staff Role,Department\n"
            + "Lee,Ann,ann.lee."
            + school
            + "@mis.example,Class Teacher,Year 3\n"
            + "Chan,Bo,bo.chan."
            + school
            + "@mis.example,Learning Support Assistant,Year 3\n";
    HttpResponse<String> unknown =
        web.send(
            "POST",
            "api/staff/import?preset=capita&schoolId=" + school,
            "text/csv",
            sims,
            "Authorization",
            ADMIN);
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertTrue(unknown.body().contains("sims, arbor, bromcom"), unknown.body());

    HttpResponse<String> imported =
        web.send(
            "POST",
            "api/staff/import?preset=sims&schoolId=" + school,
            "text/csv",
            sims,
            "Authorization",
            ADMIN);
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(2, WebClient.json(imported).getInt("created"));
    JsonArray staff = array(web.get("api/staff?schoolId=" + school, "Authorization", ADMIN));
    assertTrue(
        staff.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                s -> s.getString("lastName").equals("Chan") && s.getString("jobRole").equals("TA")),
        staff.toString());
  }

  @Test
  void accountsAreForAdministratorsAndNeverShowAPassword() {
    long school = newSchool();
    JsonObject person =
        WebClient.json(
            web.send(
                "POST",
                "api/staff",
                "application/json",
                Json.createObjectBuilder()
                    .add("schoolId", school)
                    .add("firstName", "Dee")
                    .add("lastName", "Ong")
                    .add("email", "dee." + school + "@it.example")
                    .add("jobRole", "HLTA")
                    .build()
                    .toString(),
                "Authorization",
                ADMIN));
    String username = "dee" + UUID.randomUUID().toString().substring(0, 8);
    String request =
        Json.createObjectBuilder()
            .add("staffId", person.getJsonNumber("id").longValue())
            .add("username", username)
            .add("password", "a-long-secret-1")
            .add("roles", Json.createArrayBuilder().add("SENCO"))
            .build()
            .toString();
    assertEquals(
        403,
        web.send("POST", "api/accounts", "application/json", request, "Authorization", SENCO)
            .statusCode());
    HttpResponse<String> created =
        web.send("POST", "api/accounts", "application/json", request, "Authorization", ADMIN);
    assertEquals(201, created.statusCode(), created.body());
    assertFalse(created.body().contains("a-long-secret-1"));
    assertFalse(created.body().toLowerCase().contains("hash"));
    JsonObject me =
        WebClient.json(web.get("api/me", "Authorization", basic(username, "a-long-secret-1")));
    assertEquals(school, me.getJsonNumber("schoolId").longValue());
    assertTrue(me.containsKey("calendarUrl"), "the contract names calendarUrl");
  }

  @Test
  void badStaffInputIsAnsweredFieldByField() {
    long school = newSchool();
    HttpResponse<String> response =
        web.send(
            "POST",
            "api/staff",
            "application/json",
            "{\"schoolId\":"
                + school
                + ",\"firstName\":\"\",\"lastName\":\"X\",\"email\":\"nope\",\"jobRole\":\"TA\"}",
            "Authorization",
            ADMIN);
    assertEquals(400, response.statusCode());
    String details = WebClient.json(response).getJsonArray("details").toString();
    assertTrue(details.contains("firstName"), details);
    assertTrue(details.contains("email"), details);
  }

  private long newSchool() {
    String urn = String.valueOf(100000 + (int) (Math.random() * 899999));
    HttpResponse<String> response =
        web.send(
            "POST",
            "api/schools",
            "application/json",
            "{\"name\":\"IT school " + urn + "\",\"urn\":\"" + urn + "\",\"phase\":\"PRIMARY\"}",
            "Authorization",
            ADMIN);
    assertEquals(201, response.statusCode(), response.body());
    return WebClient.json(response).getJsonNumber("id").longValue();
  }

  private JsonObject importCsv(long school, String csv, int status) {
    HttpResponse<String> response =
        web.send(
            "POST", "api/staff/import?schoolId=" + school, "text/csv", csv, "Authorization", ADMIN);
    assertEquals(status, response.statusCode(), response.body());
    return WebClient.json(response);
  }

  @Test
  void theStaffListPagesInTheDatabaseByNameWithATotalAndLinks() {
    long school = newSchool();
    importCsv(
        school,
        "first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email\n"
            + "Ann,Lee,ann.lee."
            + school
            + "@it.example,TEACHER,Year 3,1,,,\n"
            + "Bo,Chan,bo.chan."
            + school
            + "@it.example,TA,Year 3,1,,,\n"
            + "Al,Lee,al.lee."
            + school
            + "@it.example,TA,Year 4,1,,,\n",
        200);
    HttpResponse<String> second =
        web.get("api/staff?schoolId=" + school + "&page=1&size=2", "Authorization", ADMIN);
    assertEquals(200, second.statusCode(), second.body());
    assertEquals(3, Pages.total(second));
    assertEquals(List.of("Ann"), firstNames(array(second)), "Chan, Lee Al, then Lee Ann");
    String links = second.headers().firstValue("Link").orElse("");
    assertTrue(links.contains("page=0&size=2>; rel=\"prev\""), links);
    assertFalse(links.contains("rel=\"next\""), links);
    assertEquals(
        List.of("Bo", "Al"),
        firstNames(
            array(web.get("api/staff?schoolId=" + school + "&size=2", "Authorization", ADMIN))));
    assertEquals(
        0,
        array(web.get("api/staff?schoolId=" + school + "&page=9", "Authorization", ADMIN)).size(),
        "past the end: empty");
    for (String bad : new String[] {"size=0", "size=501", "page=-1", "page=abc"}) {
      HttpResponse<String> refused =
          web.get("api/staff?schoolId=" + school + "&" + bad, "Authorization", ADMIN);
      assertEquals(400, refused.statusCode(), bad);
      assertTrue(
          WebClient.json(refused).getString("error").startsWith(bad.substring(0, 4)),
          refused.body());
    }
  }

  private static List<String> firstNames(JsonArray staff) {
    return staff.stream().map(s -> s.asJsonObject().getString("firstName")).toList();
  }

  private long otherStaffId(long myId) {
    return Pages.all(web, "api/staff", "Authorization", SENCO).stream()
        .map(JsonValue::asJsonObject)
        .mapToLong(s -> s.getJsonNumber("id").longValue())
        .filter(id -> id != myId)
        .findFirst()
        .orElseThrow();
  }

  private static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
