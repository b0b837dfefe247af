package org.sendcpd.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
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
import org.sendcpd.demo.DemoSchoolDays;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The SENCO's training calendar in headless Chromium: month and week views in British English, a
 * session planned by clicking a day, then moved through the dialog form instead of a drag.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarScreenIT {

  static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

  WebDriverWait waiting() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
  }

  @Test
  void theSencoPlansASessionOnADayAndMovesItThroughTheForm() {
    browser.signIn(base, CalendarIT.SENCO, CalendarIT.DEMO);
    browser.open(base, "/calendar/training-calendar.xhtml");
    browser.waitFor(By.cssSelector(".fc-daygrid-day"));
    List<String> heads =
        browser.driver().findElements(By.cssSelector(".fc-col-header-cell")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals("Mon", heads.get(0), "weeks start on Monday: " + heads);
    waiting()
        .until(d -> !d.findElements(By.cssSelector(".cpd-ev-inset, .cpd-ev-session")).isEmpty());
    browser.screenshot("calendar-month");

    LocalDate day = DemoSchoolDays.from(LocalDate.now().plusDays(1));
    // the day's number: a term day's top is under the term's background, the number above it
    By cell = By.cssSelector("td.fc-daygrid-day[data-date='" + day + "'] .fc-daygrid-day-number");
    if (browser.driver().findElements(cell).isEmpty()) {
      browser.click(browser.driver().findElement(By.cssSelector(".fc-next-button")));
    }
    browser.click(browser.waitFor(cell));
    browser.waitFor(By.id("sessionForm:course"));
    JsonObject course = firstCourse();
    String title = course.getString("title");
    // PrimeFaces' select menu is driven through its widget, as its own keyboard handling does.
    ((JavascriptExecutor) browser.driver())
        .executeScript("PF('courseMenu').selectValue(arguments[0])", course.get("id").toString());
    assertEquals(day.format(UK), input("sessionForm:date_input").getAttribute("value"));
    String place = "Library " + UUID.randomUUID().toString().substring(0, 6);
    input("sessionForm:place").sendKeys(place);
    browser.screenshot("calendar-new-session-dialog");
    browser.click(browser.driver().findElement(By.id("sessionForm:save")));
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessionDialog")));
    By event = By.xpath("//*[contains(@class,'cpd-ev-session')][contains(., '" + title + "')]");
    browser.waitFor(event);
    JsonObject saved = sessionAt(day, place);
    assertEquals("PLANNED", saved.getString("status"));
    browser.screenshot("calendar-session-planned");

    browser.click(browser.driver().findElement(By.cssSelector(".fc-timeGridWeek-button")));
    browser.waitFor(By.cssSelector(".fc-timegrid-slot-label"));
    String slots = browser.driver().findElement(By.cssSelector(".fc-timegrid-slots")).getText();
    assertTrue(slots.contains("13:00") && !slots.contains("pm"), "24-hour times");
    if (browser.driver().findElements(event).isEmpty()) {
      browser.click(browser.driver().findElement(By.cssSelector(".fc-next-button")));
    }
    browser.waitFor(event);
    browser.screenshot("calendar-week");

    WebElement before = input("sessionForm:date_input");
    browser.click(browser.driver().findElements(event).get(0));
    waiting().until(ExpectedConditions.stalenessOf(before)); // the dialog shows this session
    WebElement date = browser.waitFor(By.id("sessionForm:date_input"));
    assertEquals(place, input("sessionForm:place").getAttribute("value"));
    LocalDate later = DemoSchoolDays.from(day.plusDays(7));
    // the date picker's own API, as picking the day in its panel does
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "PF('sessionDate').setDate(new Date(arguments[0], arguments[1] - 1, arguments[2]))",
            later.getYear(),
            later.getMonthValue(),
            later.getDayOfMonth());
    assertEquals(later.format(UK), date.getAttribute("value"));
    browser.screenshot("calendar-move-through-form");
    // the date picker's panel may still cover the button after the scripted pick
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].click()", input("sessionForm:save"));
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessionDialog")));
    JsonObject moved = sessionAt(later, place);
    assertEquals(saved.getJsonNumber("id"), moved.getJsonNumber("id"));
    assertEquals(1, moved.getInt("sequence"), "moving raises the iCalendar sequence");
    for (int week = 0; week < 8 && browser.driver().findElements(event).isEmpty(); week++) {
      browser.click(browser.driver().findElement(By.cssSelector(".fc-next-button")));
      browser.waitForAjax();
    }
    browser.waitFor(event);
    browser.screenshot("calendar-session-moved");

    LocalDate january = LocalDate.of(later.getYear() + (later.getMonthValue() >= 9 ? 1 : 0), 1, 4);
    browser.click(browser.driver().findElement(By.cssSelector(".fc-dayGridMonth-button")));
    while (browser
        .driver()
        .findElements(By.cssSelector("td[data-date='" + january + "']"))
        .isEmpty()) {
      browser.click(browser.driver().findElement(By.cssSelector(".fc-next-button")));
    }
    WebElement inset = browser.waitFor(By.cssSelector(".fc-event.cpd-ev-inset"));
    assertTrue(inset.getText().startsWith("INSET day"), inset.getText());
    browser.screenshot("calendar-month-inset-day");
  }

  @Test
  void theSencoReadsTheCatalogueAndTheYearsDatesWhichATeachingAssistantMayNotChange() {
    browser.signIn(base, CalendarIT.SENCO, CalendarIT.DEMO);
    browser.open(base, "/training/course-list.xhtml");
    String table = browser.waitFor(By.id("courses:table")).getText();
    assertTrue(table.contains("£") && table.contains("does not expire"), table);
    browser.screenshot("course-list");
    browser.click(browser.driver().findElement(By.id("courses:add")));
    browser.waitFor(By.id("courseForm:title"));
    browser.screenshot("course-dialog");

    browser.open(base, "/calendar/school-year.xhtml");
    browser.waitFor(By.id("terms"));
    assertEquals(
        5, browser.driver().findElements(By.cssSelector("[id$='insetDate_input']")).size());
    browser.screenshot("school-year");

    browser.signIn(base, CalendarIT.TA, CalendarIT.DEMO);
    browser.open(base, "/calendar/school-year.xhtml");
    browser.waitFor(By.id("error-403"));
    browser.open(base, "/calendar/training-calendar.xhtml");
    browser.waitFor(By.cssSelector(".fc-daygrid-day"));
    assertTrue(browser.driver().findElement(By.id("main")).getText().contains("Open a session"));
  }

  WebElement input(String id) {
    return browser.driver().findElement(By.id(id));
  }

  JsonObject firstCourse() {
    return CalendarIT.courses(new WebClient(base)).stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getBoolean("active"))
        .findFirst()
        .orElseThrow();
  }

  JsonObject sessionAt(LocalDate day, String place) {
    return CalendarIT.sessionsOn(new WebClient(base), day).stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> place.equals(s.getString("place", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session at " + place + " on " + day));
  }
}
