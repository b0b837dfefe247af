package org.sendcpd.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * Renewals, notifications and calendar feeds on the demo school: a TA's secret feed read without
 * signing in and revoked; the SENCO's renewals list and a re-booking that reaches the person's
 * notifications.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsIT {

  static final String DEMO = "oakfield-demo";
  static final String TA = "ellie.robinson";
  static final String SENCO = "eleanor.shah";
  static final String HLTA = "nadia.hussain";

  /** Courses of the demo TA's bookings (sessions S01, S05, S07, S08, S09 of the scenario). */
  static final Set<String> TA_COURSES =
      Set.of(
          "Emotional regulation: co-regulation and teaching regulation",
          "Precision teaching for fluency",
          "Buccal midazolam administration",
          "Autism good practice (tier 2)",
          "Deploying TAs for independence");

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
  void aTeachingAssistantsFeedIsReadWithoutSigningInUntilRevoked() throws Exception {
    WebClient api = new WebClient(base);
    String auth = basic(TA, DEMO);
    HttpResponse<String> created =
        api.send("POST", "api/me/calendar-feed", "application/json", "", "Authorization", auth);
    assertEquals(201, created.statusCode(), created.body());
    String url = WebClient.json(created).getString("url");
    assertTrue(url.matches("http://.+/api/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
    JsonObject me = WebClient.json(api.get("api/me", "Authorization", auth));
    assertEquals(url, me.getString("calendarUrl"));

    HttpResponse<String> feed = new WebClient(base).get(url);
    assertEquals(200, feed.statusCode(), feed.body());
    assertEquals(
        "text/calendar;charset=utf-8",
        feed.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
    List<VEvent> events =
        new CalendarBuilder().build(new StringReader(feed.body())).getComponents(Component.VEVENT);
    Set<String> uids = events.stream().map(e -> value(e, Property.UID)).collect(Collectors.toSet());
    assertEquals(events.size(), uids.size(), "one VEVENT per booking");
    Set<String> courses =
        events.stream().map(e -> value(e, Property.SUMMARY)).collect(Collectors.toSet());
    assertTrue(courses.containsAll(TA_COURSES), courses.toString());
    assertTrue(feed.body().contains("DTSTART;TZID=Europe/London:"));
    for (VEvent event : events) {
      String description = value(event, Property.DESCRIPTION);
      assertTrue(description.startsWith(value(event, Property.SUMMARY)), description);
      assertTrue(description.contains("In SEND CPD: "), description);
      assertTrue(value(event, Property.URL).endsWith("/training/my-cpd.xhtml"));
    }
    assertTrue(
        events.stream().anyMatch(e -> value(e, Property.DESCRIPTION).contains("Evidences: ")),
        "a course's outcomes are named");
    for (String line : feed.body().split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }

    HttpResponse<String> revoked =
        api.send("DELETE", "api/me/calendar-feed", "application/json", "", "Authorization", auth);
    assertEquals(204, revoked.statusCode());
    assertEquals(404, new WebClient(base).get(url).statusCode());
    assertTrue(WebClient.json(api.get("api/me", "Authorization", auth)).isNull("calendarUrl"));
    assertEquals(401, new WebClient(base).get("api/me/calendar-feed").statusCode());
  }

  @Test
  void aTeachingAssistantMakesTheirFeedAddressOnTheFeedsPage() {
    browser.signIn(base, TA, DEMO);
    browser.open(base, "/calendar/feeds.xhtml");
    browser.click(browser.waitFor(By.id("feeds:createPersonal")));
    WebElement address = browser.waitFor(By.id("feeds:personalUrl"));
    String first = address.getAttribute("value");
    assertTrue(first.endsWith(".ics"), first);
    assertEquals(200, new WebClient(base).get(first).statusCode());
    assertEquals(
        first.replaceFirst("^http://", "webcal://"),
        browser.driver().findElement(By.id("subscribePersonal")).getAttribute("href"));
    browser.click(browser.driver().findElement(By.id("feeds:copyPersonal")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("feeds:personalCopied")).getText().equals("Copied"));
    browser.click(browser.driver().findElement(By.id("feeds:renewPersonal")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id("feeds:personalUrl")).getAttribute("value").equals(first));
    assertEquals(404, new WebClient(base).get(first).statusCode(), "a new address revokes the old");
    assertTrue(browser.driver().findElements(By.id("feeds:createSchool")).isEmpty());
    browser.screenshot("calendar-feeds-teaching-assistant");
    browser.click(browser.driver().findElement(By.id("feeds:revokePersonal")));
    browser.waitFor(By.id("feeds:createPersonal"));
  }

  @Test
  void theSencoSeesLapsingCertificatesAndRebooksAnExpiredOne() {
    browser.signIn(base, SENCO, DEMO);
    browser.open(base, "/training/renewals.xhtml");
    String lapsing = browser.waitFor(By.id("renewals:lapsing")).getText();
    assertTrue(
        lapsing.contains("Kelly Marsh") && lapsing.contains("Paediatric first aid"), lapsing);
    assertTrue(
        lapsing.contains("Marcus Green") && lapsing.contains("Positive handling advanced"),
        lapsing);
    String expired = browser.driver().findElement(By.id("renewals:expired")).getText();
    assertTrue(expired.contains("Gareth Llewellyn"), expired);
    assertFalse(expired.contains("Siobhan Kelly"), "renewed at the positive handling session");
    browser.screenshot("renewals-senco");

    WebElement row = row("renewals:expired", "Nadia Hussain");
    assertTrue(row.getText().contains("Moving and handling with hoists"), row.getText());
    browser.click(row.findElement(By.cssSelector("button[id$=':rebook']")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> row("renewals:expired", "Nadia Hussain").getText().contains("Booked"));
    assertTrue(
        browser
            .driver()
            .findElement(By.cssSelector(".ui-growl"))
            .getText()
            .contains("is booked on"));
    browser.screenshot("renewals-senco-rebooked");

    browser.signIn(base, HLTA, DEMO);
    assertFalse(browser.waitFor(By.id("bellCount")).getText().isBlank());
    browser.open(base, "/notifications/notifications.xhtml");
    String notices = browser.waitFor(By.id("notifications:table")).getText();
    assertTrue(notices.contains("You are booked on \"Moving and handling with hoists\""), notices);
    browser.screenshot("notifications-after-rebooking");
    browser.click(browser.driver().findElement(By.id("notifications:markAll")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(By.id("bellCount")).isEmpty());
  }

  @Test
  void aPersonIsRemindedOnceOfTheirLapsingCertificateAtSignIn() {
    browser.signIn(base, "kelly.marsh", DEMO);
    assertFalse(browser.waitFor(By.id("bellCount")).getText().isBlank());
    browser.open(base, "/notifications/notifications.xhtml");
    browser.signIn(base, "kelly.marsh", DEMO);
    browser.open(base, "/notifications/notifications.xhtml");
    List<WebElement> reminders =
        browser.waitFor(By.id("notifications:table")).findElements(By.tagName("tr")).stream()
            .filter(tr -> tr.getText().contains("\"Paediatric first aid\" lapses on"))
            .toList();
    assertEquals(1, reminders.size(), "one reminder however often she signs in");
    browser.screenshot("notifications-lapse-reminder");
  }

  static WebElement row(String table, String person) {
    return browser
        .driver()
        .findElements(By.cssSelector("#" + table.replace(":", "\\:") + " tr"))
        .stream()
        .filter(tr -> tr.getText().contains(person))
        .findFirst()
        .orElseThrow(() -> new AssertionError(person + " is not in " + table));
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
