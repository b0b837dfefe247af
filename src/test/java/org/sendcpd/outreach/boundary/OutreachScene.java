package org.sendcpd.outreach.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.WebClient;

/**
 * Two schools of the trust made through the API for one test: the asking school with its SENCO and
 * a TA; the holders' school with its head, its SENCO, a specialist in CI-03 who offers outreach and
 * another who does not. The SENCO logs (and so verifies) the specialists' CI-03 at level 3.
 */
final class OutreachScene {

  static final String PASSWORD = "outreach-scene-secret";
  static final String COMPETENCE = "CI-03";

  final WebClient api;
  final AdminApi admin;
  final long askingSchool;
  final long holdersSchool;
  final String askingSenco;
  final long ta;
  final String taLogin;
  final String head;
  final String holdersSenco;
  final long holder;
  final String holderLogin;
  final long quietHolder;

  OutreachScene(URL base, String label) {
    api = new WebClient(base);
    admin = new AdminApi(api);
    String key = admin.key();
    askingSchool = admin.newSchool(label + " asking");
    holdersSchool = admin.newSchool(label + " holders");
    JsonObject sencoA = admin.newStaff(askingSchool, "Asha", "Senco", "SENCO", "SLT");
    askingSenco = "a-senco-" + key;
    admin.newAccount(sencoA, askingSenco, PASSWORD, "SENCO");
    JsonObject taA = admin.newStaff(askingSchool, "Toby", "Assistant", "TA", "Year 3");
    ta = id(taA);
    taLogin = "a-ta-" + key;
    admin.newAccount(taA, taLogin, PASSWORD);
    JsonObject headB = admin.newStaff(holdersSchool, "Hana", "Head", "HEADTEACHER", "SLT");
    head = "b-head-" + key;
    admin.newAccount(headB, head, PASSWORD, "HEAD");
    JsonObject sencoB = admin.newStaff(holdersSchool, "Ben", "Senco", "SENCO", "SLT");
    holdersSenco = "b-senco-" + key;
    admin.newAccount(sencoB, holdersSenco, PASSWORD, "SENCO");
    JsonObject specialist = admin.newStaff(holdersSchool, "Sian", "Specialist", "TEACHER", "KS2");
    holder = id(specialist);
    holderLogin = "b-holder-" + key;
    admin.newAccount(specialist, holderLogin, PASSWORD);
    quietHolder = id(admin.newStaff(holdersSchool, "Quinn", "Quiet", "TEACHER", "KS1"));
    holds(holder);
    holds(quietHolder);
    HttpResponse<String> offered =
        send(
            "PUT",
            "api/me/outreach",
            "{\"available\": true, \"note\": \"Half-day visits\"}",
            holderLogin);
    assertEquals(200, offered.statusCode(), offered.body());
  }

  private void holds(long staffId) {
    String record =
        Json.createObjectBuilder()
            .add("staffId", staffId)
            .add("title", "Speech and language: specialist award")
            .add("delivery", "SPECIALIST_EXTERNAL")
            .add("completedOn", LocalDate.now().minusMonths(6).toString())
            .add("hours", 12)
            .add(
                "outcomes",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("competenceCode", COMPETENCE)
                            .add("level", 3)))
            .build()
            .toString();
    HttpResponse<String> logged = send("POST", "api/cpd-records", record, holdersSenco);
    assertEquals(201, logged.statusCode(), logged.body());
  }

  HttpResponse<String> get(String path, String login) {
    return api.get(path, "Authorization", WebClient.basic(login, PASSWORD));
  }

  HttpResponse<String> send(String method, String path, String json, String login) {
    return api.send(
        method, path, "application/json", json, "Authorization", WebClient.basic(login, PASSWORD));
  }

  /** A request from the asking school's SENCO to the specialist, for the level held. */
  String request(LocalDate... dates) {
    var days = Json.createArrayBuilder();
    for (LocalDate day : dates) {
      days.add(day.toString());
    }
    return Json.createObjectBuilder()
        .add("toStaffId", holder)
        .add("competenceCode", COMPETENCE)
        .add("level", 3)
        .add("message", "Our TAs would value seeing language modelling in class.")
        .add("preferredDates", days)
        .build()
        .toString();
  }

  long ask() {
    HttpResponse<String> made =
        send("POST", "api/support-requests", request(LocalDate.now().plusDays(14)), askingSenco);
    assertEquals(201, made.statusCode(), made.body());
    return WebClient.json(made).getJsonNumber("id").longValue();
  }

  JsonArray array(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return AdminApi.array(response);
  }

  static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }
}
