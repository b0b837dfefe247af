package org.sendcpd.selfreview.boundary;

import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * A school of its own for the self-review tests: a SENCO, a head and TAs, each able to sign in,
 * made through the public API only.
 */
final class ReviewScene {

  static final String PASSWORD = ApiScene.PASSWORD;
  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);

  final ApiScene school;
  final WebClient api;
  final String head;
  final List<String> tas = new ArrayList<>();

  private ReviewScene(ApiScene school, String head) {
    this.school = school;
    this.api = school.api;
    this.head = head;
  }

  static ReviewScene create(URL base, String label, int tas) {
    ApiScene school = ApiScene.create(base, label, tas);
    String key = school.sencoUsername.substring("senco.".length());
    String email = "head." + key + "@it.example";
    ok(
        school.api.send(
            "POST",
            "api/staff/import?schoolId=" + school.schoolId,
            "text/csv",
            "first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email\n"
                + "Hal,Head,"
                + email
                + ",HEADTEACHER,SLT,1,,,\n",
            "Authorization",
            ADMIN));
    JsonArray staff =
        Json.createReader(
                new StringReader(
                    school
                        .api
                        .get("api/staff?schoolId=" + school.schoolId, "Authorization", ADMIN)
                        .body()))
            .readArray();
    long headId =
        staff.getValuesAs(JsonObject.class).stream()
            .filter(p -> "HEADTEACHER".equals(p.getString("jobRole")))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    ReviewScene scene = new ReviewScene(school, account(school, headId, "head." + key, "HEAD"));
    for (long ta : school.tas) {
      scene.tas.add(account(school, ta, "ta" + ta + "." + key, null));
    }
    return scene;
  }

  private static String account(ApiScene school, long staffId, String username, String role) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("staffId", staffId)
            .add("username", username)
            .add("password", PASSWORD)
            .add(
                "roles",
                role == null ? Json.createArrayBuilder() : Json.createArrayBuilder().add(role));
    ok(
        school.api.send(
            "POST",
            "api/accounts",
            "application/json",
            body.build().toString(),
            "Authorization",
            ADMIN));
    return username;
  }

  String as(String username) {
    return basic(username, PASSWORD);
  }

  String senco() {
    return school.senco();
  }

  static void ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
  }
}
