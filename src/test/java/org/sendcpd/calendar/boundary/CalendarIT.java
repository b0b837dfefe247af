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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.demo.DemoSchoolDays;
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
    LocalDate day = DemoSchoolDays.from(LocalDate.now().plusDays(200));
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

    LocalDate next = DemoSchoolDays.from(day.plusDays(1));
    String moved =
        listed
            .toString()
            .replace(day + "T15:45", next + "T15:45")
            .replace(day + "T17:15", next + "T17:15");
    HttpResponse<String> put =
        api.send("PUT", "api/sessions/" + id, "application/json", moved, auth(SENCO));
    assertEquals(200, put.statusCode(), put.body());
    assertEquals(1, WebClient.json(put).getInt("sequence"));
    assertEquals(1, listed(api, next, id).getInt("sequence"));

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
    LocalDate day = DemoSchoolDays.from(LocalDate.now().plusDays(201));
    String place = "Nowhere " + UUID.randomUUID();
    String backwards = session(someCourseId(api), day, place).replace("T17:15", "T15:00");
    HttpResponse<String> refused =
        api.send("POST", "api/sessions", "application/json", backwards, auth(SENCO));
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"endsAt\""), refused.body());
    assertTrue(!sessionsOn(api, day).toString().contains(place));
  }

  @Test
  void aSessionOffTheSchoolsTrainingDaysIsRefusedSayingWhyUnlessConfirmed() {
    WebClient api = new WebClient(base);
    long inHouse = inHouseCourseId(api);
    LocalDate saturday =
        LocalDate.now().plusDays(14).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    HttpResponse<String> weekend = plan(api, inHouse, saturday, "15:45", "17:15", false);
    assertEquals(400, weekend.statusCode(), weekend.body());
    assertTrue(weekend.body().contains("\"startsAt\""), weekend.body());
    assertTrue(weekend.body().contains("is a weekend"), weekend.body());
    assertTrue(weekend.body().contains("confirm=true"), weekend.body());
    cancel(api, plan(api, inHouse, saturday, "15:45", "17:15", true));

    // the demo's year: autumn ends by 20 December, spring starts on an INSET day after 4 January
    int start =
        LocalDate.now().getMonthValue() >= 9
            ? LocalDate.now().getYear()
            : LocalDate.now().getYear() - 1;
    LocalDate christmas = weekdayFrom(LocalDate.of(start, 12, 22));
    HttpResponse<String> holiday = plan(api, inHouse, christmas, "15:45", "17:15", false);
    assertEquals(400, holiday.statusCode(), holiday.body());
    assertTrue(holiday.body().contains("is in the school holidays"), holiday.body());

    LocalDate insetDay = weekdayFrom(LocalDate.of(start + 1, 1, 4));
    LocalDate teachingDay = insetDay.plusDays(8);
    HttpResponse<String> dayLong = plan(api, inHouse, teachingDay, "09:00", "15:30", false);
    assertEquals(400, dayLong.statusCode(), dayLong.body());
    assertTrue(dayLong.body().contains("an INSET day suits it"), dayLong.body());
    HttpResponse<String> onInset = plan(api, inHouse, insetDay, "09:00", "15:30", false);
    assertEquals(201, onInset.statusCode(), onInset.body());
    cancel(api, onInset);
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
    LocalDate day = DemoSchoolDays.from(LocalDate.now().plusDays(202));
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

  private static HttpResponse<String> plan(
      WebClient api, long course, LocalDate day, String from, String to, boolean confirm) {
    String body =
        session(course, day, "Hall " + UUID.randomUUID().toString().substring(0, 6))
            .replace("T15:45", "T" + from)
            .replace("T17:15", "T" + to);
    return api.send(
        "POST",
        "api/sessions" + (confirm ? "?confirm=true" : ""),
        "application/json",
        body,
        auth(SENCO));
  }

  /** Cancels a session a test planned, so the demo offers it to no one. */
  private static void cancel(WebClient api, HttpResponse<String> created) {
    assertEquals(201, created.statusCode(), created.body());
    JsonObject session = WebClient.json(created);
    String cancelled = session.toString().replace("\"PLANNED\"", "\"CANCELLED\"");
    HttpResponse<String> answer =
        api.send(
            "PUT",
            "api/sessions/" + session.getJsonNumber("id"),
            "application/json",
            cancelled,
            auth(SENCO));
    assertEquals(200, answer.statusCode(), answer.body());
  }

  private static LocalDate weekdayFrom(LocalDate day) {
    LocalDate weekday = day;
    while (weekday.getDayOfWeek().getValue() > 5) {
      weekday = weekday.plusDays(1);
    }
    return weekday;
  }

  static long inHouseCourseId(WebClient api) {
    return courses(api).stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getBoolean("active") && "IN_HOUSE".equals(c.getString("delivery")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }
}
