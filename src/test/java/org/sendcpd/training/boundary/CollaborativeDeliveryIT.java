package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * Coaching through the API like any training: a COACHING course, a session for a pair (no more than
 * a small group), the coachee booked, the register marked with the hours spent; both the coach and
 * the coachee then have verified records, counted in the capacity's CPD hours by delivery type and
 * in the self-review's "led training".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CollaborativeDeliveryIT {

  @ArquillianResource URL base;

  @Test
  void aCoachingPairGivesBothPeopleRecordsCountedLikeOtherTraining() {
    ApiScene scene = ApiScene.create(base, "Coaching", 2);
    WebClient api = scene.api;
    long coach = scene.tas.get(0);
    long coachee = scene.tas.get(1);
    JsonObject course =
        ok(
            api.send(
                "POST",
                "api/courses",
                "application/json",
                "{\"schoolId\": "
                    + scene.schoolId
                    + ", \"title\": \"Coaching: phonics\","
                    + " \"delivery\": \"COACHING\", \"hours\": 1, \"costPerPlace\": 20,"
                    + " \"outcomes\": []}",
                "Authorization",
                scene.senco()));
    LocalDate day = lastWeekday();
    String session =
        "{\"courseId\": "
            + course.getJsonNumber("id")
            + ", \"schoolId\": "
            + scene.schoolId
            + ", \"startsAt\": \""
            + day
            + "T15:45:00\", \"endsAt\": \""
            + day
            + "T16:45:00\","
            + " \"place\": \"Year 1\", \"facilitatorId\": "
            + coach
            + ", \"capacity\": %d,"
            + " \"status\": \"PLANNED\"}";
    HttpResponse<String> crowd =
        api.send(
            "POST",
            "api/sessions?confirm=true",
            "application/json",
            String.format(session, 9),
            "Authorization",
            scene.senco());
    assertEquals(400, crowd.statusCode(), crowd.body());
    assertTrue(
        crowd.body().contains("capacity") && crowd.body().contains("at most 8"), crowd.body());

    long id =
        ok(api.send(
                "POST",
                "api/sessions?confirm=true",
                "application/json",
                String.format(session, 2),
                "Authorization",
                scene.senco()))
            .getJsonNumber("id")
            .longValue();
    ok(
        api.send(
            "POST",
            "api/sessions/" + id + "/bookings",
            "application/json",
            "{\"staffId\": " + coachee + "}",
            "Authorization",
            scene.senco()));

    HttpResponse<String> tooLong =
        api.send(
            "PUT",
            "api/sessions/" + id + "/register",
            "application/json",
            "[{\"staffId\": " + coachee + ", \"attended\": true, \"hours\": 30}]",
            "Authorization",
            scene.senco());
    assertEquals(400, tooLong.statusCode(), tooLong.body());

    JsonObject register =
        ok(
            api.send(
                "PUT",
                "api/sessions/" + id + "/register",
                "application/json",
                "[{\"staffId\": " + coachee + ", \"attended\": true, \"hours\": 2.5}]",
                "Authorization",
                scene.senco()));
    assertEquals(2, register.getInt("created"), register.toString());
    List<JsonObject> records = register.getJsonArray("records").getValuesAs(JsonObject.class);
    JsonObject coacheeRecord = of(records, coachee);
    JsonObject coachRecord = of(records, coach);
    assertEquals(2.5, coacheeRecord.getJsonNumber("hours").doubleValue());
    assertEquals(1.0, coachRecord.getJsonNumber("hours").doubleValue());
    assertEquals("COACHING", coachRecord.getString("delivery"));
    assertEquals("VERIFIED", coachRecord.getString("status"));

    JsonObject capacity =
        WebClient.json(
            api.get(
                "api/analysis/capacity?schoolId=" + scene.schoolId,
                "Authorization",
                scene.senco()));
    assertTrue(
        capacity.toString().contains("COACHING"), "hours by delivery name coaching: " + capacity);
    JsonObject whole =
        WebClient.json(
            api.get(
                "api/analysis/whole-school?schoolId=" + scene.schoolId,
                "Authorization",
                scene.senco()));
    assertEquals(1, whole.getJsonObject("staffWhoLedTraining").getInt("count"), whole.toString());
    assertEquals(
        3.5, whole.getJsonObject("cpdHoursTeachersVsTas").getJsonNumber("taHours").doubleValue());
  }

  @Test
  void theRegisterScreenTakesTheHoursEachPersonSpent() {
    ApiScene scene = ApiScene.create(base, "Coaching screen", 2);
    long coach = scene.tas.get(0);
    long coachee = scene.tas.get(1);
    long course =
        ok(scene.api.send(
                "POST",
                "api/courses",
                "application/json",
                "{\"schoolId\": "
                    + scene.schoolId
                    + ", \"title\": \"Peer observation: maths\","
                    + " \"delivery\": \"PEER_OBSERVATION\", \"hours\": 1, \"outcomes\": []}",
                "Authorization",
                scene.senco()))
            .getJsonNumber("id")
            .longValue();
    LocalDate day = lastWeekday();
    long id =
        ok(scene.api.send(
                "POST",
                "api/sessions?confirm=true",
                "application/json",
                "{\"courseId\": "
                    + course
                    + ", \"schoolId\": "
                    + scene.schoolId
                    + ", \"startsAt\": \""
                    + day
                    + "T09:00:00\", \"endsAt\": \""
                    + day
                    + "T10:00:00\", \"facilitatorId\": "
                    + coach
                    + ", \"capacity\": 2,"
                    + " \"status\": \"PLANNED\"}",
                "Authorization",
                scene.senco()))
            .getJsonNumber("id")
            .longValue();
    ok(
        scene.api.send(
            "POST",
            "api/sessions/" + id + "/bookings",
            "application/json",
            "{\"staffId\": " + coachee + "}",
            "Authorization",
            scene.senco()));
    try (Browser browser = Browser.start()) {
      browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
      browser.open(base, "/training/session-register.xhtml?id=" + id);
      assertTrue(browser.waitFor(By.id("register:collaborativeNote")).isDisplayed());
      WebElement hours = browser.driver().findElement(By.id("register:sheet:0:hours_input"));
      browser.click(hours);
      hours.sendKeys("1.75");
      browser.click(browser.driver().findElement(By.id("register:save")));
      WebElement records = browser.waitFor(By.id("register:recordTable"));
      List<String> rows =
          records.findElements(By.cssSelector("tbody tr")).stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(2, rows.size(), "the observed colleague and the observer: " + rows);
      assertTrue(rows.stream().anyMatch(r -> r.contains("1.75")), rows.toString());
      assertTrue(
          rows.stream().anyMatch(r -> r.contains("Ta000") && r.contains(" 1 ")), rows.toString());
      browser.screenshot("collaborative-register");
    }
  }

  private static JsonObject of(List<JsonObject> records, long staffId) {
    return records.stream()
        .filter(r -> r.getJsonNumber("staffId").longValue() == staffId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record of staff " + staffId + ": " + records));
  }

  /** A weekday before today, so the session has taken place and its register may be marked. */
  private static LocalDate lastWeekday() {
    LocalDate day = LocalDate.now().minusDays(1);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.minusDays(1);
    }
    return day;
  }

  private static JsonObject ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
    return WebClient.json(response);
  }
}
