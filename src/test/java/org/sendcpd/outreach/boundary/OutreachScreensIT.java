package org.sendcpd.outreach.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The outreach screens in headless Chromium, each reached from the menu by the person who uses it
 * (every page and dialog is checked by axe as it appears): Riverside's SENCO finds Oakfield's
 * opted-in specialist (seeing name, role, school and level only) and asks for support; Oakfield's
 * head accepts it, and declines another with a reason; the session's register then records both
 * sides. A member of staff offers outreach on My outreach; the trust lead opens a trust session and
 * Riverside's SENCO books staff on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutreachScreensIT {

  static final String DEMO = "oakfield-demo";
  static final String RIVERSIDE_SENCO = "marcus.bennett";
  static final String OAKFIELD_HEAD = "rachel.okonkwo";

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
  void riversideAsksOakfieldsSpecialistOakfieldsHeadAcceptsAndTheRegisterRecordsBoth() {
    WebClient api = new WebClient(base);
    String marcus = WebClient.basic(RIVERSIDE_SENCO, DEMO);
    String note =
        "Language modelling for Year 7 TAs " + UUID.randomUUID().toString().substring(0, 6);
    signIn(RIVERSIDE_SENCO);
    menu("menuFindExpertise");
    script("var m = PF('competenceMenu'); m.selectValue('CI-03'); m.triggerChange();");
    browser.waitForAjax();
    script("PF('levelMenu').selectValue('Enhanced');");
    browser.click(browser.driver().findElement(By.id("finder:find")));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("finder:found"), "Natalie Fraser"));
    List<String> headers =
        browser.driver().findElements(By.cssSelector("#finder\\:found thead th")).stream()
            .map(h -> h.getText().trim())
            .toList();
    assertEquals(List.of("Name", "Job role", "School", "Level held", "Support"), headers);
    WebElement natalie = row("finder:found", "Natalie Fraser");
    String cells = natalie.getText();
    assertTrue(cells.contains("Oakfield Primary School") && cells.contains("Specialist"), cells);
    assertFalse(cells.matches("(?s).*\\d\\d/\\d\\d/\\d{4}.*"), "no expiry or other date: " + cells);
    browser.screenshot("outreach-finder");

    browser.click(natalie.findElement(By.cssSelector("button[id$=':ask']")));
    browser.waitFor(By.id("requestForm:send"));
    assertTrue(
        browser.driver().findElement(By.id("askingWhom")).getText().contains("Natalie Fraser"));
    LocalDate preferred = LocalDate.now().plusDays(14);
    script(
        "PF('firstDate').setDate(new Date(arguments[0], arguments[1] - 1, arguments[2]))",
        preferred.getYear(),
        preferred.getMonthValue(),
        preferred.getDayOfMonth());
    browser.driver().findElement(By.id("requestForm:message")).sendKeys(note);
    browser.screenshot("outreach-request-dialog");
    jsClick("requestForm:send");
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("requestDialog")));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("finder:messages"), "Request sent"));
    JsonObject request = requestWith(api, marcus, note);
    assertEquals("REQUESTED", request.getString("status"));
    String declineMe = ask(api, marcus, request.getJsonNumber("toStaffId").longValue());

    signIn(OAKFIELD_HEAD);
    menu("menuSupportRequests");
    WebElement waitingRow = row("requests:table", note);
    browser.click(waitingRow.findElement(By.cssSelector("button[id$=':accept']")));
    browser.waitFor(By.id("acceptForm:confirmAccept"));
    LocalDate yesterday = LocalDate.now().minusDays(1);
    script(
        "PF('acceptDay').setDate(new Date(arguments[0], arguments[1] - 1, arguments[2]))",
        yesterday.getYear(),
        yesterday.getMonthValue(),
        yesterday.getDayOfMonth());
    browser.driver().findElement(By.id("acceptForm:place")).sendKeys("Inclusion base");
    browser.screenshot("outreach-accept-dialog");
    jsClick("acceptForm:confirmAccept");
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("acceptDialog")));
    waiting().until(d -> row("requests:table", note).getText().contains("Accepted"));
    String when =
        yesterday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 13:30";
    assertTrue(row("requests:table", note).getText().contains(when), "the session's day and time");

    WebElement other = row("requests:table", declineMe);
    browser.click(other.findElement(By.cssSelector("button[id$=':decline']")));
    browser
        .waitFor(By.id("declineForm:reason"))
        .sendKeys("Natalie is on a residential trip that week.");
    browser.screenshot("outreach-decline-dialog");
    jsClick("declineForm:confirmDecline");
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("declineDialog")));
    waiting().until(d -> row("requests:table", declineMe).getText().contains("residential trip"));
    browser.screenshot("outreach-requests-answered");

    JsonObject accepted = requestWith(api, marcus, note);
    assertEquals("ACCEPTED", accepted.getString("status"));
    long session = accepted.getJsonNumber("sessionId").longValue();
    long riverside = accepted.getJsonNumber("fromSchoolId").longValue();
    long natalieId = accepted.getJsonNumber("toStaffId").longValue();
    JsonObject onCalendar =
        AdminApi.array(
                api.get(
                    "api/sessions?schoolId="
                        + riverside
                        + "&from="
                        + yesterday
                        + "&to="
                        + yesterday,
                    "Authorization",
                    marcus))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getJsonNumber("id").longValue() == session)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the session on Riverside's calendar"));
    assertEquals(natalieId, onCalendar.getJsonNumber("facilitatorId").longValue());

    long lucy = staffId(api, riverside, "lucy.evans@riverside.example.org");
    String trustLead = WebClient.basic("trust.lead", DEMO);
    long ledBefore = facilitated(api, trustLead, natalieId);
    assertEquals(
        201,
        api.send(
                "POST",
                "api/sessions/" + session + "/bookings",
                "application/json",
                "{\"staffId\": " + lucy + "}",
                "Authorization",
                marcus)
            .statusCode());
    HttpResponse<String> register =
        api.send(
            "PUT",
            "api/sessions/" + session + "/register",
            "application/json",
            "[{\"staffId\": " + lucy + ", \"attended\": true}]",
            "Authorization",
            marcus);
    assertEquals(200, register.statusCode(), register.body());
    assertTrue(
        AdminApi.array(api.get("api/cpd-records?staffId=" + lucy, "Authorization", marcus))
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(
                r ->
                    r.getString("source").equals("REGISTER")
                        && r.getString("delivery").equals("SCHOOL_TO_SCHOOL")
                        && r.getString("completedOn").equals(yesterday.toString())),
        "the Riverside TA's record");
    assertEquals(ledBefore + 1, facilitated(api, trustLead, natalieId), "Natalie's record");
  }

  @Test
  void aMemberOfStaffOffersOutreachOnMyOutreach() {
    WebClient api = new WebClient(base);
    AdminApi admin = new AdminApi(api);
    long school = admin.newSchool("Outreach offer screen");
    JsonObject person = admin.newStaff(school, "Olive", "Offer", "TEACHER", "Year 4");
    String login = "olive-" + admin.key();
    admin.newAccount(person, login, OutreachScene.PASSWORD);
    browser.driver().manage().deleteAllCookies();
    browser.signIn(base, login, OutreachScene.PASSWORD);
    menu("menuMyOutreach");
    browser.waitFor(By.id("toMe"));
    assertTrue(browser.driver().findElement(By.id("toMe")).getText().contains("No school has"));
    browser.click(
        browser.driver().findElement(By.cssSelector("#offer\\:available .ui-toggleswitch-slider")));
    browser.driver().findElement(By.id("offer:note")).sendKeys("Phonics interventions; visits");
    browser.click(browser.driver().findElement(By.id("offer:save")));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("offer:messages"), "available for outreach"));
    browser.screenshot("outreach-my-offer");
    JsonObject offer =
        WebClient.json(
            api.get(
                "api/me/outreach",
                "Authorization",
                WebClient.basic(login, OutreachScene.PASSWORD)));
    assertTrue(offer.getBoolean("available"));
    assertEquals("Phonics interventions; visits", offer.getString("note"));
  }

  @Test
  void theTrustLeadOpensATrustSessionAndRiversideBooksStaffOnIt() {
    WebClient api = new WebClient(base);
    String trustLead = WebClient.basic("trust.lead", DEMO);
    String title = "Trust screen course " + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> course =
        api.send(
            "POST",
            "api/courses",
            "application/json",
            "{\"title\": \""
                + title
                + "\", \"delivery\": \"IN_HOUSE\", \"hours\": 2, \"outcomes\": []}",
            "Authorization",
            trustLead);
    assertEquals(201, course.statusCode(), course.body());
    long courseId = WebClient.json(course).getJsonNumber("id").longValue();
    long riverside =
        AdminApi.array(api.get("api/schools", "Authorization", AdminApi.ADMIN))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("name").equals("Riverside Academy"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();

    signIn("trust.lead");
    menu("menuTrustSessions");
    browser.click(browser.waitFor(By.id("sessions:open")));
    browser.waitFor(By.id("openForm:confirmOpen"));
    script("PF('openCourse').selectValue(arguments[0]);", String.valueOf(courseId));
    script("PF('openHost').selectValue(arguments[0]);", String.valueOf(riverside));
    LocalDate day = LocalDate.now().plusDays(40);
    script(
        "PF('openDay').setDate(new Date(arguments[0], arguments[1] - 1, arguments[2]))",
        day.getYear(),
        day.getMonthValue(),
        day.getDayOfMonth());
    browser.driver().findElement(By.id("openForm:place")).sendKeys("Riverside library");
    WebElement perSchool = browser.driver().findElement(By.id("openForm:perSchool_input"));
    perSchool.clear();
    perSchool.sendKeys("2");
    browser.screenshot("trust-session-open-dialog");
    jsClick("openForm:confirmOpen");
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("openDialog")));
    waiting().until(d -> row("sessions:table", title).getText().contains("Riverside Academy"));
    browser.screenshot("trust-sessions-lead");

    signIn(RIVERSIDE_SENCO);
    menu("menuTrustSessions");
    WebElement offered = row("sessions:table", title);
    assertTrue(offered.getText().contains("0 / 20") || offered.getText().contains("20 / 20"));
    browser.click(offered.findElement(By.cssSelector("button[id$=':book']")));
    browser.waitFor(By.id("bookForm:confirmBook"));
    browser.click(browser.driver().findElement(By.id("bookForm:people")));
    WebElement chloe =
        browser.waitFor(
            By.xpath(
                "//*[@id='bookForm:people_panel']//li[.//label[normalize-space()='Chloe Wright']]"
                    + "//div[contains(@class,'ui-chkbox-box')]"));
    browser.click(chloe);
    browser.screenshot("trust-session-book-dialog");
    jsClick("bookForm:confirmBook");
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("bookDialog")));
    waiting().until(d -> row("sessions:table", title).getText().contains("19 / 20"));
    WebElement booked = row("sessions:table", title);
    assertEquals("1", booked.findElement(By.cssSelector("[id$=':yours']")).getText().trim());
    browser.screenshot("trust-sessions-booked");
  }

  private void signIn(String username) {
    browser.driver().manage().deleteAllCookies();
    browser.signIn(base, username, DEMO);
  }

  private void menu(String id) {
    browser.click(browser.waitFor(By.id(id)));
    browser.waitForAjax();
  }

  private WebElement row(String tableId, String text) {
    return waiting()
        .until(
            d ->
                d.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  private Object script(String js, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
  }

  /** A click from script: a date picker's panel, opened by a scripted pick, may cover it. */
  private void jsClick(String id) {
    script("arguments[0].click()", browser.driver().findElement(By.id(id)));
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
  }

  private static JsonObject requestWith(WebClient api, String auth, String message) {
    return AdminApi.array(api.get("api/support-requests", "Authorization", auth))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> message.equals(r.getString("message", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no request saying " + message));
  }

  /** A second request to the same specialist, through the API, for the head to decline. */
  private static String ask(WebClient api, String auth, long toStaffId) {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> made =
        api.send(
            "POST",
            "api/support-requests",
            "application/json",
            "{\"toStaffId\": "
                + toStaffId
                + ", \"competenceCode\": \"CI-03\", \"level\": 2,"
                + " \"message\": \"Second request "
                + marker
                + "\", \"preferredDates\": [\""
                + LocalDate.now().plusDays(30)
                + "\"]}",
            "Authorization",
            auth);
    assertEquals(201, made.statusCode(), made.body());
    return "Second request " + marker;
  }

  private static long staffId(WebClient api, long schoolId, String email) {
    return AdminApi.array(
            api.get("api/staff?schoolId=" + schoolId, "Authorization", AdminApi.ADMIN))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> email.equals(p.getString("email", null)))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static long facilitated(WebClient api, String auth, long staffId) {
    return AdminApi.array(api.get("api/cpd-records?staffId=" + staffId, "Authorization", auth))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("source").equals("FACILITATED"))
        .count();
  }
}
