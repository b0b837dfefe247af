package org.sendcpd.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The SENCO plans a session for a gap, in a school this class makes: from the gap's dialog
 * ("schedule one on the calendar") to the calendar with the course chosen, on a Saturday that the
 * calendar warns about and saves once the SENCO says so, at the times typed, on a calendar that
 * stays on its month; the saved session opens with Save in reach, and a missing time is named as
 * people read it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionDialogIT {

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
  void theSencoSchedulesTheCourseOfAGapOnASaturdayTheCalendarWarnsAbout() {
    ApiScene scene = ApiScene.create(base, "Session dialog IT", 2);
    long ta = scene.tas.get(0);
    JsonObject gap = firstGap(scene, ta);
    String code = gap.getString("competenceCode");
    String title = "Twilight for " + code + " " + scene.courseTitle.substring(12);
    long course = course(scene, title, code, gap.getInt("required"));

    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.click(browser.waitFor(By.id("menuTrainingGaps")));
    browser.click(
        browser.waitFor(
            By.cssSelector(
                "#heatmap tr[data-staff='" + ta + "'] td[data-code='" + code + "'] button")));
    browser.waitFor(By.id("closing"));
    WebElement scheduleOne =
        browser.waitFor(
            By.xpath(
                "//ul[@id='closing']/li[contains(., '"
                    + title
                    + "')]//a[contains(@class,'cpd-schedule-one')]"));
    assertEquals("schedule one on the calendar", scheduleOne.getText().trim());
    browser.click(scheduleOne);

    assertTrue(
        browser.waitFor(By.id("calendar:chosenCourse")).getText().contains(title),
        "the calendar says which course a click plans");
    LocalDate saturday =
        LocalDate.now()
            .plusMonths(2)
            .withDayOfMonth(1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    By cell = By.cssSelector("td.fc-daygrid-day[data-date='" + saturday + "'] .fc-daygrid-day-top");
    for (int month = 0; month < 3 && browser.driver().findElements(cell).isEmpty(); month++) {
      browser.click(browser.driver().findElement(By.cssSelector(".fc-next-button")));
      browser.waitForAjax();
    }
    String month = browser.driver().findElement(By.cssSelector(".fc-toolbar-title")).getText();
    browser.click(browser.waitFor(cell));
    browser.waitFor(By.id("sessionForm:course"));
    browser.waitForAjax();
    assertEquals(
        String.valueOf(course),
        script("return PF('courseMenu').getSelectedValue();"),
        "the gap's course is chosen");
    WebElement start = browser.driver().findElement(By.id("sessionForm:start"));
    start.sendKeys("1600");
    browser.driver().findElement(By.id("sessionForm:end")).sendKeys("1730");
    browser.click(browser.driver().findElement(By.id("sessionForm:save")));

    WebElement anyway = browser.waitFor(By.id("sessionForm:saveAnyway"));
    String warning = browser.driver().findElement(By.id("sessionForm:formMessages")).getText();
    assertTrue(warning.contains("is a weekend"), warning);
    assertTrue(warning.contains("Training usually happens on school days"), warning);
    browser.screenshot("calendar-weekend-warning");
    browser.click(anyway);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessionDialog")));
    browser.waitForAjax();
    assertEquals(
        month,
        browser.driver().findElement(By.cssSelector(".fc-toolbar-title")).getText(),
        "the calendar stays on the month it showed");

    JsonObject saved = sessionOn(scene, saturday, course);
    assertEquals(saturday + "T16:00:00", saved.getString("startsAt"), "the typed start");
    assertEquals(saturday + "T17:30:00", saved.getString("endsAt"), "the typed end");

    By event = By.xpath("//*[contains(@class,'cpd-ev-session')][contains(., '" + title + "')]");
    browser.click(browser.waitFor(event));
    WebElement save = browser.waitFor(By.id("sessionForm:save"));
    browser.waitForAjax();
    assertFalse(
        browser.driver().findElement(By.id("sessionForm:date_panel")).isDisplayed(),
        "the date panel waits for its button");
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                    + " var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + " return hit === arguments[0] || arguments[0].contains(hit);",
                save),
        "nothing covers Save");
    browser.driver().findElement(By.id("sessionForm:end")).clear();
    browser.click(save);
    String messages =
        browser.waitFor(By.cssSelector("#sessionForm\\:formMessages .ui-messages-error")).getText();
    assertTrue(messages.contains("End"), messages);
    assertFalse(messages.contains("sessionForm:"), "no internal ids: " + messages);
  }

  private static Object script(String script) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  private static JsonObject firstGap(ApiScene scene, long staffId) {
    return array(
            scene
                .api
                .get("api/analysis/gaps?staffId=" + staffId, "Authorization", scene.senco())
                .body())
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("status").equals("GAP"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("a new TA has gaps"));
  }

  private static long course(ApiScene scene, String title, String code, int level) {
    HttpResponse<String> created =
        scene.api.send(
            "POST",
            "api/courses",
            "application/json",
            Json.createObjectBuilder()
                .add("schoolId", scene.schoolId)
                .add("title", title)
                .add("delivery", "IN_HOUSE")
                .add("hours", 1.5)
                .add(
                    "outcomes",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("competenceCode", code)
                                .add("level", level)))
                .build()
                .toString(),
            "Authorization",
            scene.senco());
    assertEquals(201, created.statusCode(), created.body());
    return WebClient.json(created).getJsonNumber("id").longValue();
  }

  private static JsonObject sessionOn(ApiScene scene, LocalDate day, long course) {
    return array(
            scene
                .api
                .get(
                    "api/sessions?schoolId=" + scene.schoolId + "&from=" + day + "&to=" + day,
                    "Authorization",
                    scene.senco())
                .body())
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getJsonNumber("courseId").longValue() == course)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session of the course on " + day));
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }
}
