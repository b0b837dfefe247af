package org.sendcpd.deployment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.WebClient;

/**
 * A school of its own for a deployment IT, made through the API: a SENCO who signs in, two Year 2
 * TAs who both hold buccal midazolam (MN-03) at level 2, of whom only the first holds a
 * communication competence (CI-01) at enhanced; a Year 2 need profile with four pupils whose
 * primary need is communication and interaction; a rule asking two midazolam holders in Year 2
 * every school day; and both TAs deployed to Year 2 every day.
 */
final class DeploymentScene {

  static final String PASSWORD = "deployment-scene-secret";
  static final String JSON = "application/json";

  final WebClient web;
  final AdminApi admin;
  final long school;
  final String senco;
  final String sencoUsername;
  final long ta1;
  final long ta2;
  final String ta1Name;

  DeploymentScene(WebClient web, String label) {
    this.web = web;
    this.admin = new AdminApi(web);
    school = admin.newSchool(label);
    JsonObject sencoPerson = admin.newStaff(school, "Sam", "Senco", "SENCO", "Inclusion");
    sencoUsername = "senco-" + admin.key();
    admin.newAccount(sencoPerson, sencoUsername, PASSWORD, "SENCO");
    senco = WebClient.basic(sencoUsername, PASSWORD);
    ta1 = id(admin.newStaff(school, "Tess", "Tuesday", "TA", "Year 2"));
    ta2 = id(admin.newStaff(school, "Uma", "Usual", "TA", "Year 2"));
    ta1Name = "Tess Tuesday";
    held(ta1, "MN-03", 2);
    held(ta1, "CI-01", 2);
    held(ta2, "MN-03", 2);
    held(ta2, "CI-01", 1);
    ok(
        "PUT",
        "api/need-profiles",
        "{\"schoolId\":"
            + school
            + ",\"group\":\"Year 2\",\"counts\":[{\"areaOfNeed\":"
            + "\"COMMUNICATION_AND_INTERACTION\",\"pupils\":4,\"ehcPlans\":1}]}");
    ok(
        "POST",
        "api/coverage-rules",
        "{\"schoolId\":"
            + school
            + ",\"name\":\"Two midazolam adults in Year 2 every day\",\"competenceCode\":\"MN-03\","
            + "\"level\":2,\"minHolders\":2,\"scope\":\"Protocol P3 (Year 2)\"}");
    deploy(ta1, "[{\"group\":\"Year 2\",\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]}]");
    deploy(ta2, "[{\"group\":\"Year 2\",\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]}]");
  }

  /** The SENCO records verified training: logged for the person, then verified. */
  void held(long staffId, String code, int level) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("staffId", staffId)
            .add("title", "Training in " + code)
            .add("delivery", "SPECIALIST_EXTERNAL")
            .add("completedOn", LocalDate.now().minusDays(30).toString())
            .add("hours", 3)
            .add("cost", 0)
            .add(
                "outcomes",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder().add("competenceCode", code).add("level", level)))
            .build();
    JsonObject record = WebClient.json(ok("POST", "api/cpd-records", body.toString()));
    if (!"VERIFIED".equals(record.getString("status"))) {
      ok("POST", "api/cpd-records/" + record.getJsonNumber("id") + "/verify", "");
    }
  }

  HttpResponse<String> deploy(long staffId, String json) {
    return ok("PUT", "api/staff/" + staffId + "/deployments", json);
  }

  JsonObject capacity() {
    HttpResponse<String> answer =
        web.get(
            "api/analysis/capacity?schoolId=" + school + "&date=" + LocalDate.now(),
            "Authorization",
            senco);
    assertEquals(200, answer.statusCode(), answer.body());
    return WebClient.json(answer);
  }

  /** Year 2's row for communication and interaction in capacity by group. */
  JsonObject year2Communication() {
    JsonArray rows = capacity().getJsonArray("byGroup");
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("group").equals("Year 2"))
        .filter(r -> r.getString("areaCode").equals("COMMUNICATION_AND_INTERACTION"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Year 2 row: " + rows));
  }

  JsonObject midazolamRule() {
    JsonArray rules = capacity().getJsonArray("coverageRules");
    return rules.getJsonObject(0);
  }

  HttpResponse<String> ok(String method, String path, String body) {
    HttpResponse<String> answer = web.send(method, path, JSON, body, "Authorization", senco);
    if (answer.statusCode() / 100 != 2) {
      throw new AssertionError(
          method + " " + path + ": " + answer.statusCode() + " " + answer.body());
    }
    return answer;
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }
}
