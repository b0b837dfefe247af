package org.sendcpd.impact.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.analysis.SchoolTerms;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The impact loop on screen, each as the person who does it, from where they would find it: a TA
 * answers a due follow-up from the notification it sent; an attendee rates a session from My CPD;
 * the SENCO opens a priority's impact from the development plan, enters a measure and reads the
 * chain. Every page and dialog passes the accessibility check on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImpactScreensIT {

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

  @Test
  void aTeachingAssistantAnswersADueFollowUpFromItsNotification() {
    ImpactScene scene = new ImpactScene(new WebClient(base), 1);
    long record = logWithPlan(scene, today().minusDays(45), "Use a now-and-next board");

    browser.driver().manage().deleteAllCookies();
    browser.signIn(base, scene.taUsers.get(0), ImpactScene.PASSWORD);
    browser.click(browser.waitFor(By.id("bellLink")));
    WebElement notice =
        browser.waitFor(
            By.xpath("//a[contains(@class,'cpd-notice-text')][contains(., 'now-and-next')]"));
    assertTrue(notice.getText().contains("Have you tried it?"), notice.getText());
    browser.click(notice);

    WebElement row = rowWith("#lists\\:mine_data tr", "now-and-next");
    assertTrue(row.getText().contains("Due: please answer"), row.getText());
    browser.click(row.findElement(By.cssSelector("button[id$=':answer']")));
    browser.waitFor(By.id("answerForm:stage"));
    choose("answerForm:stage", "TRIED");
    browser
        .driver()
        .findElement(By.id("answerForm:note"))
        .sendKeys("Every morning with my Year 2 group.");
    browser.screenshot("follow-up-answer-dialog");
    browser.click(browser.driver().findElement(By.id("answerForm:save")));

    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists:mine"), "Tried"));
    assertTrue(
        browser.driver().findElement(By.id("lists:mine")).getText().contains("Every morning"));
    browser.screenshot("follow-up-answered");
    HttpResponse<String> saved =
        scene.get("api/cpd-records/" + record + "/follow-up", scene.sencoAuth);
    assertEquals("TRIED", WebClient.json(saved).getString("stage"));
  }

  @Test
  void anAttendeeRatesASessionFromMyCpd() {
    ImpactScene scene = new ImpactScene(new WebClient(base), 1);
    long session = scene.deliveredSession(2, 1);

    browser.driver().manage().deleteAllCookies();
    browser.signIn(base, scene.taUsers.get(0), ImpactScene.PASSWORD);
    browser.click(browser.waitFor(By.id("menuMyCpd")));
    browser.click(browser.waitFor(By.id("followUps")));
    WebElement row = rowWith("#lists\\:toRate_data tr", "Talking partners");
    browser.click(row.findElement(By.cssSelector("button[id$=':rate']")));
    browser.waitFor(By.id("rateForm:usefulness"));
    choose("rateForm:usefulness", "5");
    choose("rateForm:before", "2");
    choose("rateForm:after", "4");
    browser.driver().findElement(By.id("rateForm:comment")).sendKeys("Ideas I used the next day.");
    browser.screenshot("session-rating-dialog");
    browser.click(browser.driver().findElement(By.id("rateForm:save")));

    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("lists:toRate"), "No sessions waiting for your rating."));
    assertTrue(
        browser
            .driver()
            .findElement(By.id("lists:messages"))
            .getText()
            .contains("rating is saved"));
    browser.screenshot("session-rated");
    HttpResponse<String> averages =
        scene.get("api/sessions/" + session + "/evaluations", scene.sencoAuth);
    assertEquals(1, WebClient.json(averages).getJsonObject("averages").getInt("answers"));
  }

  @Test
  void theSencoEntersAMeasureAndSeesTheChainOfAPriority() {
    ImpactScene scene = new ImpactScene(new WebClient(base), 1);
    long record = logWithPlan(scene, today().minusDays(45), "Pre-teach topic vocabulary");
    assertEquals(
        200,
        scene
            .send("POST", "api/cpd-records/" + record + "/verify", null, scene.sencoAuth)
            .statusCode());
    assertEquals(
        200,
        scene
            .send(
                "PUT",
                "api/cpd-records/" + record + "/follow-up",
                "{\"stage\": \"EMBEDDED\"}",
                scene.ta(0))
            .statusCode());
    String title = "Vocabulary for every pupil " + scene.tag;
    scene.post(
        "api/priorities",
        Json.createObjectBuilder()
            .add("schoolId", scene.school)
            .add("academicYear", SchoolTerms.label(SchoolTerms.startYearOf(today())))
            .add("title", title)
            .add("areaOfNeed", "COMMUNICATION_AND_INTERACTION")
            .add("successMeasure", "Pupils at SEN support on track in reading"),
        scene.sencoAuth);

    browser.driver().manage().deleteAllCookies();
    browser.signIn(base, "senco-" + scene.tag, ImpactScene.PASSWORD);
    browser.click(browser.waitFor(By.id("menuDevelopmentPlan")));
    WebElement priority =
        browser.waitFor(
            By.xpath(
                "//section[contains(@class,'cpd-priority')][.//h3[contains(., '" + title + "')]]"));
    browser.click(priority.findElement(By.cssSelector("a[id$=':impact']")));

    browser.waitFor(By.id("chain"));
    assertTrue(
        browser
            .driver()
            .findElement(By.id("association"))
            .getText()
            .contains("association, not cause"));
    String chain = browser.driver().findElement(By.id("chain")).getText();
    assertTrue(chain.contains("Embedded"), chain);
    browser.driver().findElement(By.id("measure:label")).sendKeys("On track in reading");
    browser.driver().findElement(By.id("measure:value")).sendKeys("14");
    browser.driver().findElement(By.id("measure:outOf")).sendKeys("31");
    // typed, as a keyboard user does: the field opens no calendar on focus (one used to cover the
    // save button and take the keys typed next), and none may be left open over the form
    browser
        .driver()
        .findElement(By.id("measure:takenOn_input"))
        .sendKeys(today().format(UK), Keys.TAB);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[id='measure:takenOn_panel']")));
    browser.screenshot("priority-impact-measure-filled-in");
    browser.click(browser.driver().findElement(By.id("measure:save")));
    browser.waitForAjax();
    String said = browser.driver().findElement(By.id("measure:measureMessages")).getText();
    assertTrue(said.contains("Measure added."), said);

    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("chain"), "On track in reading: 14 of 31 (45.2%)"));
    String after = browser.driver().findElement(By.id("chain")).getText();
    assertTrue(after.contains("People trained"), after);
    browser.checkAccessibility();
    browser.screenshot("priority-impact-chain");

    browser.click(browser.waitFor(By.id("menuEvaluations")));
    browser.waitFor(By.id("evaluations:courses"));
    browser.screenshot("session-evaluations");
  }

  private static LocalDate today() {
    return LocalDate.now();
  }

  private static long logWithPlan(ImpactScene scene, LocalDate completed, String change) {
    HttpResponse<String> logged =
        scene.send(
            "POST",
            "api/cpd-records",
            Json.createObjectBuilder()
                .add("title", "Language for learning " + scene.tag)
                .add("delivery", "SPECIALIST_EXTERNAL")
                .add("completedOn", completed.toString())
                .add("hours", 3)
                .add(
                    "outcomes",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("competenceCode", ImpactScene.COMPETENCE)
                                .add("level", 1)))
                .add(
                    "intendedChange",
                    Json.createObjectBuilder().add("text", change).add("areaCode", "CI"))
                .build()
                .toString(),
            scene.ta(0));
    assertEquals(201, logged.statusCode(), logged.body());
    return WebClient.json(logged).getJsonNumber("id").longValue();
  }

  private static WebElement rowWith(String rowsCss, String text) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector(rowsCss)).stream()
                    .filter(r -> r.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  /** Chooses the option with that value in a PrimeFaces menu, as picking it does. */
  private static void choose(String menuId, String value) {
    browser.waitForAjax();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                                + " if (!menu) { return false; }"
                                + " menu.selectValue(arguments[1]); menu.triggerChange();"
                                + " return true;",
                            menuId,
                            value)));
    browser.waitForAjax();
  }
}
