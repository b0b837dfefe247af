package org.sendcpd.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * A school of its own for the observation and self-assessment screens, made through the API: a
 * SENCO, an HLTA who line-manages two TAs, each with an account. Nothing here is the demo's.
 */
final class PracticeScene {

  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);
  static final String PASSWORD = "practice-scene-secret";

  final WebClient web;
  final String tag = UUID.randomUUID().toString().substring(0, 8);
  final long school;
  final long senco;
  final long manager;
  final long ta;
  final long otherTa;
  final String sencoUser;
  final String managerUser;
  final String taUser;
  final String otherTaUser;

  PracticeScene(WebClient web) {
    this.web = web;
    school =
        id(
            post(
                "api/schools",
                Json.createObjectBuilder().add("name", "Practice " + tag).add("phase", "PRIMARY"),
                ADMIN));
    senco = staff("Shaw", "Sara", "SENCO", null);
    manager = staff("Lane", "Lena", "HLTA", senco);
    ta = staff("Taylor", "Tess", "TA", manager);
    otherTa = staff("Tran", "Theo", "TA", manager);
    sencoUser = account(senco, "senco", "SENCO");
    managerUser = account(manager, "hlta", null);
    taUser = account(ta, "ta", null);
    otherTaUser = account(otherTa, "ta2", null);
  }

  static String auth(String username) {
    return basic(username, PASSWORD);
  }

  private long staff(String lastName, String firstName, String jobRole, Long lineManager) {
    JsonObjectBuilder person =
        Json.createObjectBuilder()
            .add("schoolId", school)
            .add("firstName", firstName)
            .add("lastName", lastName + " " + tag)
            .add("email", lastName.toLowerCase() + "." + tag + "@practice.example")
            .add("jobRole", jobRole)
            .add("fte", 1)
            .add("startDate", LocalDate.now().minusYears(2).toString());
    if (lineManager != null) {
      person.add("lineManagerId", lineManager);
    }
    return id(post("api/staff", person, ADMIN));
  }

  private String account(long staffId, String name, String role) {
    String username = name + "-" + tag;
    JsonArrayBuilder roles = Json.createArrayBuilder();
    if (role != null) {
      roles.add(role);
    }
    post(
        "api/accounts",
        Json.createObjectBuilder()
            .add("staffId", staffId)
            .add("username", username)
            .add("password", PASSWORD)
            .add("roles", roles),
        ADMIN);
    return username;
  }

  /** The line manager records an observation of a person through the API. */
  void observe(long staffId, String code, int level) {
    post(
        "api/observations",
        Json.createObjectBuilder()
            .add("staffId", staffId)
            .add("competenceCode", code)
            .add("level", level)
            .add("observedOn", LocalDate.now().minusDays(1).toString())
            .add("note", "Seen in class."),
        auth(managerUser));
  }

  /** A person rates their own confidence in one competence through the API. */
  void rate(long staffId, String username, String code, int confidence) {
    HttpResponse<String> answer =
        web.send(
            "PUT",
            "api/staff/" + staffId + "/self-assessment",
            "application/json",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("competenceCode", code)
                        .add("confidence", confidence))
                .build()
                .toString(),
            "Authorization",
            auth(username));
    assertEquals(200, answer.statusCode(), answer.body());
  }

  private JsonObject post(String path, JsonObjectBuilder body, String auth) {
    HttpResponse<String> answer =
        web.send("POST", path, "application/json", body.build().toString(), "Authorization", auth);
    assertEquals(201, answer.statusCode(), path + ": " + answer.body());
    return WebClient.json(answer);
  }

  private static long id(JsonObject created) {
    return created.getJsonNumber("id").longValue();
  }
}
