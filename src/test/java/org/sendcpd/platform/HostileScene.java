package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendcpd.platform.HostileCases.JSON;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * A fresh school made through the API for one test: a head, a SENCO, a teacher and a TA with
 * accounts, and on demand a course, a session with a booking, a pending CPD record, an appraisal
 * with a priority, and a coverage rule. Nothing here is shared with another test.
 */
final class HostileScene {

  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);
  static final String PASSWORD = "hostile-it-secret";
  static final String COMPETENCE = "CI-01";
  static final String YEAR = "2026/27";

  final WebClient web;
  final String tag = UUID.randomUUID().toString().substring(0, 8);
  final long school;
  final long head;
  final long senco;
  final long teacher;
  final long ta;
  final String headAuth;
  final String sencoAuth;
  final String taAuth;
  final long taAccount;

  private Long course;
  private Long session;
  private Long booking;
  private Long record;
  private Long appraisal;
  private Long priority;
  private Long rule;

  HostileScene(WebClient web) {
    this.web = web;
    school =
        id(
            post(
                "api/schools",
                Json.createObjectBuilder().add("name", "Hostile " + tag).add("phase", "PRIMARY"),
                ADMIN));
    head = staff("Head", "HEADTEACHER", null);
    senco = staff("Senco", "SENCO", head);
    teacher = staff("Teacher", "TEACHER", head);
    ta = staff("Ta", "TA", senco);
    headAuth = account(head, "head", "HEAD");
    sencoAuth = account(senco, "senco", "SENCO");
    taAuth = account(ta, "ta", null);
    taAccount = lastAccount;
  }

  private long lastAccount;

  long staff(String lastName, String jobRole, Long lineManager) {
    JsonObjectBuilder person = person(lastName, jobRole);
    if (lineManager != null) {
      person.add("lineManagerId", lineManager);
    }
    return id(post("api/staff", person, ADMIN));
  }

  JsonObjectBuilder person(String lastName, String jobRole) {
    return Json.createObjectBuilder()
        .add("schoolId", school)
        .add("firstName", "Sam")
        .add("lastName", lastName)
        .add(
            "email",
            lastName.toLowerCase()
                + "."
                + UUID.randomUUID().toString().substring(0, 8)
                + "@hostile.example")
        .add("jobRole", jobRole)
        .add("fte", 1);
  }

  private String account(long staffId, String name, String role) {
    String username = name + "-" + tag;
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("staffId", staffId)
            .add("username", username)
            .add("password", PASSWORD)
            .add(
                "roles",
                role == null ? Json.createArrayBuilder() : Json.createArrayBuilder().add(role));
    lastAccount = id(post("api/accounts", body, ADMIN));
    return basic(username, PASSWORD);
  }

  JsonObjectBuilder courseBody() {
    return Json.createObjectBuilder()
        .add("schoolId", school)
        .add("title", "Course " + tag)
        .add("delivery", "IN_HOUSE")
        .add("hours", 1.5)
        .add("costPerPlace", 10)
        .add("validityMonths", 24)
        .add("outcomes", Json.createArrayBuilder().add(outcome("level")));
  }

  long course() {
    if (course == null) {
      course = id(post("api/courses", courseBody(), sencoAuth));
    }
    return course;
  }

  JsonObjectBuilder sessionBody() {
    LocalDate day = ApiScene.weekdayFrom(LocalDate.now().plusDays(40));
    return Json.createObjectBuilder()
        .add("courseId", course())
        .add("schoolId", school)
        .add("startsAt", day + "T09:00")
        .add("endsAt", day + "T12:00")
        .add("place", "Hall")
        .add("capacity", 10)
        .add("status", "PLANNED");
  }

  long session() {
    if (session == null) {
      session = id(post("api/sessions", sessionBody(), sencoAuth));
    }
    return session;
  }

  long booking() {
    if (booking == null) {
      JsonObject answer =
          post(
              "api/sessions/" + session() + "/bookings",
              Json.createObjectBuilder().add("staffId", ta),
              sencoAuth);
      booking = answer.getJsonArray("bookings").getJsonObject(0).getJsonNumber("id").longValue();
    }
    return booking;
  }

  JsonObjectBuilder recordBody() {
    return Json.createObjectBuilder()
        .add("staffId", ta)
        .add("title", "Reading on autism " + tag)
        .add("delivery", "ONLINE")
        .add("completedOn", LocalDate.now().minusDays(3).toString())
        .add("hours", 2)
        .add("cost", 0)
        .add("outcomes", Json.createArrayBuilder().add(outcome("level")))
        .add("reflection", "I will use visual timetables");
  }

  /** A record the TA logged for themselves: pending, so it may be changed, verified or rejected. */
  long record() {
    if (record == null) {
      record = id(post("api/cpd-records", recordBody(), taAuth));
    }
    return record;
  }

  JsonObjectBuilder priorityBody() {
    return Json.createObjectBuilder()
        .add("schoolId", school)
        .add("academicYear", YEAR)
        .add("title", "Communication " + tag)
        .add("areaOfNeed", "COMMUNICATION_AND_INTERACTION")
        .add("successMeasure", "Fewer incidents")
        .add("ownerId", senco)
        .add("timescale", "By July")
        .add("status", "PLANNED");
  }

  long priority() {
    if (priority == null) {
      priority = id(post("api/priorities", priorityBody(), sencoAuth));
    }
    return priority;
  }

  JsonObjectBuilder appraisalBody(long staffId) {
    return Json.createObjectBuilder()
        .add("staffId", staffId)
        .add("appraiserId", head)
        .add("academicYear", YEAR);
  }

  long appraisal() {
    if (appraisal == null) {
      appraisal = id(post("api/appraisals", appraisalBody(teacher), headAuth));
    }
    return appraisal;
  }

  JsonObjectBuilder objectiveBody() {
    return Json.createObjectBuilder()
        .add("text", "Use visual supports in every lesson")
        .add("priorityId", priority())
        .add("targets", Json.createArrayBuilder().add(outcome("level")))
        .add("successCriteria", "Seen in two observations")
        .add("status", "OPEN");
  }

  JsonObjectBuilder ruleBody() {
    return Json.createObjectBuilder()
        .add("schoolId", school)
        .add("name", "Two who can " + tag)
        .add("competenceCode", COMPETENCE)
        .add("level", 1)
        .add("minHolders", 2)
        .add("from", "2027-01-04")
        .add("to", "2027-07-20");
  }

  long rule() {
    if (rule == null) {
      rule = id(post("api/coverage-rules", ruleBody(), sencoAuth));
    }
    return rule;
  }

  JsonObjectBuilder profileBody() {
    return Json.createObjectBuilder()
        .add("schoolId", school)
        .add("yearGroup", "Year 1")
        .add(
            "counts",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("areaOfNeed", "COGNITION_AND_LEARNING")
                        .add("pupils", 3)
                        .add("ehcPlans", 1)));
  }

  static JsonObjectBuilder outcome(String levelName) {
    return Json.createObjectBuilder().add("competenceCode", COMPETENCE).add(levelName, 1);
  }

  JsonObject post(String path, JsonObjectBuilder body, String auth) {
    HttpResponse<String> answer =
        web.send("POST", path, JSON, body.build().toString(), "Authorization", auth);
    assertEquals(201, answer.statusCode(), path + ": " + answer.body());
    return WebClient.json(answer);
  }

  private static long id(JsonObject created) {
    return created.getJsonNumber("id").longValue();
  }
}
