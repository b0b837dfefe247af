package org.sendcpd.impact.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * A school of its own for the impact loop, made through the API: a SENCO, a line manager and six
 * TAs who report to the line manager, each with an account, and an in-house course that evidences a
 * communication-and-interaction competence. Nothing is shared with another test.
 */
final class ImpactScene {

  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);
  static final String PASSWORD = "impact-loop-secret-7";
  static final String JSON = "application/json";
  static final String COMPETENCE = "CI-02";

  final WebClient web;
  final String tag = UUID.randomUUID().toString().substring(0, 8);
  final long school;
  final long senco;
  final long manager;
  final List<Long> tas = new ArrayList<>();
  final List<String> taUsers = new ArrayList<>();
  final String sencoAuth;
  final String managerAuth;
  final String managerUser;
  final long course;

  ImpactScene(WebClient web, int taCount) {
    this.web = web;
    school =
        id(
            post(
                "api/schools",
                Json.createObjectBuilder().add("name", "Impact " + tag).add("phase", "PRIMARY"),
                ADMIN));
    senco = staff("Senco", "SENCO", null);
    manager = staff("Manager", "TEACHER", null);
    sencoAuth = basic(account(senco, "senco", "SENCO"), PASSWORD);
    managerUser = account(manager, "manager", null);
    managerAuth = basic(managerUser, PASSWORD);
    for (int i = 0; i < taCount; i++) {
      long ta = staff("Ta" + i, "TA", manager);
      tas.add(ta);
      taUsers.add(account(ta, "ta" + i, null));
    }
    course =
        id(
            post(
                "api/courses",
                Json.createObjectBuilder()
                    .add("schoolId", school)
                    .add("title", "Talking partners " + tag)
                    .add("delivery", "IN_HOUSE")
                    .add("hours", 2)
                    .add("costPerPlace", 25)
                    .add(
                        "outcomes",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("competenceCode", COMPETENCE)
                                    .add("level", 1))),
                sencoAuth));
  }

  String ta(int i) {
    return basic(taUsers.get(i), PASSWORD);
  }

  /**
   * A session of the course on a weekday some days back, with the first {@code present} TAs booked
   * and marked present: each gets a verified record from the register.
   */
  long deliveredSession(int daysBack, int present) {
    LocalDate day = LocalDate.now().minusDays(daysBack);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    long session =
        id(
            post(
                "api/sessions",
                Json.createObjectBuilder()
                    .add("courseId", course)
                    .add("schoolId", school)
                    .add("startsAt", day + "T15:45:00")
                    .add("endsAt", day + "T17:00:00")
                    .add("place", "Library")
                    .add("capacity", 20)
                    .add("facilitatorId", senco)
                    .add("status", "CONFIRMED"),
                sencoAuth));
    JsonArrayBuilder register = Json.createArrayBuilder();
    for (int i = 0; i < present; i++) {
      post(
          "api/sessions/" + session + "/bookings",
          Json.createObjectBuilder().add("staffId", tas.get(i)),
          sencoAuth);
      register.add(Json.createObjectBuilder().add("staffId", tas.get(i)).add("attended", true));
    }
    HttpResponse<String> marked =
        web.send(
            "PUT",
            "api/sessions/" + session + "/register",
            JSON,
            register.build().toString(),
            "Authorization",
            sencoAuth);
    assertEquals(200, marked.statusCode(), marked.body());
    return session;
  }

  long staff(String lastName, String jobRole, Long lineManager) {
    JsonObjectBuilder person =
        Json.createObjectBuilder()
            .add("schoolId", school)
            .add("firstName", "Alex")
            .add("lastName", lastName + tag)
            .add("email", lastName.toLowerCase() + "." + tag + "@impact.example")
            .add("jobRole", jobRole)
            .add("fte", 1);
    if (lineManager != null) {
      person.add("lineManagerId", lineManager);
    }
    return id(post("api/staff", person, ADMIN));
  }

  private String account(long staffId, String name, String role) {
    String username = name + "-" + tag;
    post(
        "api/accounts",
        Json.createObjectBuilder()
            .add("staffId", staffId)
            .add("username", username)
            .add("password", PASSWORD)
            .add(
                "roles",
                role == null ? Json.createArrayBuilder() : Json.createArrayBuilder().add(role)),
        ADMIN);
    return username;
  }

  JsonObject post(String path, JsonObjectBuilder body, String auth) {
    HttpResponse<String> answer =
        web.send("POST", path, JSON, body.build().toString(), "Authorization", auth);
    assertEquals(201, answer.statusCode(), path + ": " + answer.body());
    return WebClient.json(answer);
  }

  HttpResponse<String> send(String method, String path, String body, String auth) {
    return web.send(method, path, JSON, body == null ? "" : body, "Authorization", auth);
  }

  HttpResponse<String> get(String path, String auth) {
    return web.get(path, "Authorization", auth);
  }

  static long id(JsonObject created) {
    return created.getJsonNumber("id").longValue();
  }
}
