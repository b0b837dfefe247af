package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The SENCO enters a session after it took place, as Delivered, and records who came: from the
 * calendar to its register, where people are added from the school's staff, each marked present
 * with a verified record, and never more people than the session has places. The school, its staff
 * and the session belong to this class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PastSessionRegisterIT {

  @ArquillianResource URL base;
  static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void theSencoAddsWhoAttendedASessionEnteredAfterItTookPlace() {
    ApiScene scene = ApiScene.create(base, "Past session IT", 3);
    LocalDate day = lastWeekday();
    long session = deliveredSession(scene, day, 2);

    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.click(browser.waitFor(By.id("menuCalendar")));
    By event =
        By.xpath(
            "//*[contains(@class,'cpd-ev-session')][contains(., '" + scene.courseTitle + "')]");
    browser.waitFor(By.cssSelector(".fc-daygrid-day"));
    if (browser.driver().findElements(By.cssSelector("td[data-date='" + day + "']")).isEmpty()) {
      browser.click(browser.driver().findElement(By.cssSelector(".fc-prev-button")));
    }
    browser.click(browser.waitFor(event));
    browser.click(browser.waitFor(By.id("registerLink")));

    browser.waitFor(By.id("register:attendee"));
    assertTrue(
        browser
            .driver()
            .findElement(By.id("register:sheet"))
            .getText()
            .contains("No one holds a place"),
        "nobody was booked beforehand");
    addAttendee(scene.tas.get(0));
    assertTrue(messages().contains("attended: their verified record is made"), messages());
    addAttendee(scene.tas.get(1));
    String sheet = browser.driver().findElement(By.id("register:sheet")).getText();
    assertTrue(sheet.contains("Tia Ta000") && sheet.contains("Tia Ta001"), sheet);
    assertEquals(2, sheet.split("Attended", -1).length - 2, "both marked present: " + sheet);
    String records = browser.driver().findElement(By.id("register:recordTable")).getText();
    assertTrue(records.contains("Sam Senco"), "verified by the SENCO's name: " + records);
    assertFalse(records.contains(scene.sencoUsername), "no username: " + records);
    browser.screenshot("register-past-session-attendees");

    addAttendee(scene.tas.get(2));
    assertTrue(
        messages().contains("All 2 places of this session are taken: raise its capacity"),
        messages());

    String ledger =
        scene
            .api
            .get("api/cpd-records?staffId=" + scene.tas.get(0), "Authorization", scene.senco())
            .body();
    assertTrue(ledger.contains("\"VERIFIED\""), ledger);
    assertTrue(ledger.contains("\"completedOn\":\"" + day + "\""), ledger);
    assertTrue(
        scene
            .api
            .get("api/sessions/" + session, "Authorization", scene.senco())
            .body()
            .contains("DELIVERED"));
  }

  private void addAttendee(long staffId) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("PF('attendeeMenu').selectValue(arguments[0])", String.valueOf(staffId));
    browser.click(browser.driver().findElement(By.id("register:addAttendee")));
    browser.waitForAjax();
    browser.waitFor(By.id("register:messages"));
  }

  private static String messages() {
    return browser.driver().findElement(By.id("register:messages")).getText();
  }

  /** A school day of last week: a weekday, at least two days back. */
  private static LocalDate lastWeekday() {
    LocalDate day = LocalDate.now().minusDays(2);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    return day;
  }

  private static long deliveredSession(ApiScene scene, LocalDate day, int capacity) {
    HttpResponse<String> created =
        scene.api.send(
            "POST",
            "api/sessions",
            "application/json",
            Json.createObjectBuilder()
                .add("courseId", scene.courseId)
                .add("schoolId", scene.schoolId)
                .add("startsAt", day + "T15:45:00")
                .add("endsAt", day + "T17:00:00")
                .add("place", "Library")
                .add("capacity", capacity)
                .add("status", "DELIVERED")
                .build()
                .toString(),
            "Authorization",
            scene.senco());
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        day.format(DateTimeFormatter.ISO_LOCAL_DATE),
        WebClient.json(created).getString("startsAt").substring(0, 10));
    return WebClient.json(created).getJsonNumber("id").longValue();
  }
}
