package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendcpd.platform.HostileCases.JSON;
import static org.sendcpd.platform.Refusals.watch;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.platform.HostileCases.Fields;
import org.sendcpd.testing.WebClient;

/**
 * The impact loop's write operations under hostile input (the catalogue of {@link HostileInputIT}):
 * a follow-up's plan and answer, a session rating and a priority's measure. Each wrong value is a
 * 4xx naming the field and changes nothing; the valid input is then taken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileImpactInputIT {

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
  void followUpPlanAndAnswer() {
    String path = "api/cpd-records/" + scene.record() + "/follow-up";
    JsonObject plan =
        Json.createObjectBuilder()
            .add(
                "intendedChange",
                Json.createObjectBuilder().add("text", "Visual timetables").add("areaCode", "CI"))
            .build();
    Fields planFields =
        new Fields()
            .text("intendedChange.text", "intendedChange.areaCode")
            .column("intendedChange.text", 1000);
    var followUp = watch("api/follow-ups", scene.taAuth);
    check.refuses("PUT", path, scene.taAuth, HostileCases.json(plan, planFields), followUp);
    check.accepts("PUT", path, scene.taAuth, plan, 200);

    JsonObject answer =
        Json.createObjectBuilder().add("stage", "NOT_YET").add("note", "Next week").build();
    Fields fields = new Fields().oneOf("stage", "TRIED").text("note").column("note", 2000);
    check.refusesThenAccepts(
        "PUT", path, scene.taAuth, answer, fields, 200, watch(path, scene.taAuth));
  }

  @Test
  void sessionRating() {
    long session = pastSessionWithTheTaPresent();
    String path = "api/sessions/" + session + "/evaluations";
    JsonObject valid =
        Json.createObjectBuilder()
            .add("usefulness", 4)
            .add("confidenceBefore", 2)
            .add("confidenceAfter", 3)
            .add("comment", "Good")
            .build();
    Fields fields =
        new Fields()
            .whole("usefulness", "confidenceBefore", "confidenceAfter")
            .text("comment")
            .column("comment", 1000);
    check.refusesThenAccepts(
        "POST", path, scene.taAuth, valid, fields, 201, watch(path, scene.sencoAuth));
  }

  @Test
  void priorityMeasure() {
    String path = "api/priorities/" + scene.priority() + "/measures";
    JsonObject valid =
        Json.createObjectBuilder()
            .add("takenOn", LocalDate.now().toString())
            .add("label", "On track in reading")
            .add("value", 14)
            .add("outOf", 31)
            .build();
    Fields fields =
        new Fields().date("takenOn").decimal("value", "outOf").text("label").column("label", 200);
    check.refusesThenAccepts(
        "POST", path, scene.sencoAuth, valid, fields, 201, watch(path, scene.sencoAuth));
  }

  private long pastSessionWithTheTaPresent() {
    LocalDate day = LocalDate.now().minusDays(2);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    long session =
        scene
            .post(
                "api/sessions",
                scene.sessionBody().add("startsAt", day + "T09:00").add("endsAt", day + "T12:00"),
                scene.sencoAuth)
            .getJsonNumber("id")
            .longValue();
    scene.post(
        "api/sessions/" + session + "/bookings",
        Json.createObjectBuilder().add("staffId", scene.ta),
        scene.sencoAuth);
    HttpResponse<String> marked =
        web.send(
            "PUT",
            "api/sessions/" + session + "/register",
            JSON,
            "[{\"staffId\": " + scene.ta + ", \"attended\": true}]",
            "Authorization",
            scene.sencoAuth);
    assertEquals(200, marked.statusCode(), marked.body());
    return session;
  }
}
