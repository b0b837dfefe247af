package org.sendcpd.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.WebClient;

/**
 * The course catalogue and the training calendar over the API: the rules answer 400 naming the
 * field, a planned session reads back between its dates with its iCalendar sequence, and a teaching
 * assistant may read the calendar but not plan it. {@link CalendarScreenIT} drives the screens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

  static final String DEMO = "oakfield-demo";
  static final String SENCO = "eleanor.shah";
  static final String TA = "ellie.robinson";

  @ArquillianResource URL base;

  @Test
  void aCourseWithALevelOffItsFrameworksLadderIsRefusedNamingTheField() {
    WebClient api = new WebClient(base);
    String code = someCompetenceCode(api);
    long school = schoolOf(api, SENCO);
    HttpResponse<String> refused =
        api.send("POST", "api/courses", "application/json", course(school, code, 9), auth(SENCO));
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject detail = WebClient.json(refused).getJsonArray("details").getJsonObject(0);
    assertEquals("outcomes[0].level", detail.getString("field"));
    assertTrue(detail.getString("message").contains("1 to "), detail.toString());

    HttpResponse<String> created =
        api.send("POST", "api/courses", "application/json", course(school, code, 1), auth(SENCO));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject saved = WebClient.json(created);
    JsonObject read =
        WebClient.json(api.get("api/courses/" + saved.getJsonNumber("id"), auth(SENCO)));
    assertEquals(code, read.getJsonArray("outcomes").getJsonObject(0).getString("competenceCode"));
    assertEquals(24, read.getInt("validityMonths"));
    assertTrue(read.getBoolean("active"));
  }

  @Test
  void aSessionPlannedThroughTheApiReadsBackBetweenItsDatesAndMovingRaisesItsSequence() {
    WebClient api = new WebClient(base);
    long course = someCourseId(api);
    LocalDate day = LocalDate.now().plusDays(200);
    String place = "Room " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        api.send(
            "POST", "api/sessions", "application/json", session(course, day, place), auth(SENCO));
    assertEquals(201, created.statusCode(), created.body());
    long id = WebClient.json(created).getJsonNumber("id").longValue();

    JsonObject listed = listed(api, day, id);
    assertEquals(place, listed.getString("place"));
    assertEquals(day + "T15:45:00", listed.getString("startsAt"));
    assertEquals("PLANNED", listed.getString("status"));
    assertEquals(0, listed.getInt("placesTaken"));
    assertEquals(0, listed.getInt("sequence"));
    assertEquals("Ann Trainer, Speech Therapy Service", listed.getString("facilitatorName"));

    String moved =
        listed
            .toString()
            .replace(day + "T15:45", day.plusDays(1) + "T15:45")
            .replace(day + "T17:15", day.plusDays(1) + "T17:15");
    HttpResponse<String> put =
        api.send("PUT", "api/sessions/" + id, "application/json", moved, auth(SENCO));
    assertEquals(200, put.statusCode(), put.body());
    assertEquals(1, WebClient.json(put).getInt("sequence"));
    assertEquals(1, listed(api, day.plusDays(1), id).getInt("sequence"));

    String cancelled = WebClient.json(put).toString().replace("\"PLANNED\"", "\"CANCELLED\"");
    JsonObject after =
        WebClient.json(
            api.send("PUT", "api/sessions/" + id, "application/json", cancelled, auth(SENCO)));
    assertEquals("CANCELLED", after.getString("status"));
    assertEquals(2, after.getInt("sequence"));
  }

  @Test
  void aSessionThatEndsBeforeItStartsIsRefusedAndNothingIsSaved() {
    WebClient api = new WebClient(base);
    LocalDate day = LocalDate.now().plusDays(201);
    String place = "Nowhere " + UUID.randomUUID();
    String backwards = session(someCourseId(api), day, place).replace("T17:15", "T15:00");
    HttpResponse<String> refused =
        api.send("POST", "api/sessions", "application/json", backwards, auth(SENCO));
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"endsAt\""), refused.body());
    assertTrue(!sessionsOn(api, day).toString().contains(place));
  }

  @Test
  void aTeachingAssistantReadsTheCalendarButPlansNothing() {
    WebClient api = new WebClient(base);
    long course = someCourseId(api);
    String code = someCompetenceCode(api);
    assertEquals(
        403,
        api.send(
                "POST",
                "api/courses",
                "application/json",
                course(schoolOf(api, TA), code, 1),
                auth(TA))
            .statusCode());
    LocalDate day = LocalDate.now().plusDays(202);
    assertEquals(
        403,
        api.send("POST", "api/sessions", "application/json", session(course, day, "Hall"), auth(TA))
            .statusCode());
    assertEquals(200, api.get("api/sessions", auth(TA)).statusCode());
    assertEquals(200, api.get("api/courses", auth(TA)).statusCode());
  }

  static String[] auth(String user) {
    return new String[] {"Authorization", basic(user, DEMO)};
  }

  static long schoolOf(WebClient api, String user) {
    return WebClient.json(api.get("api/me", auth(user))).getJsonNumber("schoolId").longValue();
  }

  static String course(long school, String code, int level) {
    return "{\"schoolId\": "
        + school
        + ", \"title\": \"Paediatric first aid "
        + UUID.randomUUID()
        + "\","
        + " \"delivery\": \"SPECIALIST_EXTERNAL\", \"provider\": \"First Aid Co\","
        + " \"hours\": 12, \"costPerPlace\": 95.00, \"validityMonths\": 24,"
        + " \"outcomes\": [{\"competenceCode\": \""
        + code
        + "\", \"level\": "
        + level
        + "}]}";
  }

  static String session(long course, LocalDate day, String place) {
    return "{\"courseId\": "
        + course
        + ", \"startsAt\": \""
        + day
        + "T15:45:00\","
        + " \"endsAt\": \""
        + day
        + "T17:15:00\", \"place\": \""
        + place
        + "\","
        + " \"facilitatorName\": \"Ann Trainer, Speech Therapy Service\", \"capacity\": 12}";
  }

  static JsonArray courses(WebClient api) {
    return array(api.get("api/courses", auth(SENCO)).body());
  }

  static long someCourseId(WebClient api) {
    return courses(api).stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getBoolean("active"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static String someCompetenceCode(WebClient api) {
    return courses(api).stream()
        .map(JsonValue::asJsonObject)
        .flatMap(c -> c.getJsonArray("outcomes").stream())
        .map(o -> o.asJsonObject().getString("competenceCode"))
        .findFirst()
        .orElseThrow();
  }

  static JsonArray sessionsOn(WebClient api, LocalDate day) {
    return array(api.get("api/sessions?from=" + day + "&to=" + day, auth(SENCO)).body());
  }

  static JsonObject listed(WebClient api, LocalDate day, long id) {
    return sessionsOn(api, day).stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("session " + id + " is not listed on " + day));
  }

  static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }
}
