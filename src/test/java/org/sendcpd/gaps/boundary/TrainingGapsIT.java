package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The SENCO's gap matrix against the analysis API: the same gap of a demo TA, and the course that
 * closes it, on the screen and in the answer of /api/analysis/gaps.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingGapsIT {

  static final String DEMO = "oakfield-demo";
  static final String SENCO = "eleanor.shah";
  static final String TA = "ellie.robinson";

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
  void theSencoFiltersToTasAndOpensAGapThatACourseCloses() {
    WebClient api = new WebClient(base);
    long ta =
        WebClient.json(api.get("api/me", "Authorization", basic(TA, DEMO)))
            .getJsonNumber("staffId")
            .longValue();
    JsonObject gap = firstClosableGap(api, ta);
    String code = gap.getString("competenceCode");
    String course = gap.getJsonArray("closingCourses").getJsonObject(0).getString("title");

    browser.signIn(base, SENCO, DEMO);
    browser.open(base, "/gaps/training-gaps.xhtml");
    browser.waitFor(By.id("heatmap"));
    // Choose "Teaching assistant" through the select menu's own widget, as a click on it does; the
    // widget fires the change that filters the matrix (clicking the overlay was at the mercy of
    // its animation on a busy machine).
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var menu = PF('roleFilter'); menu.selectValue('TA'); menu.triggerChange();");
    // The table is replaced by the Ajax update: rows read mid-swap go stale and are read again.
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#heatmap tbody tr")).stream()
                    .allMatch(tr -> tr.getText().contains("Teaching assistant")));
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#heatmap tbody tr"));
    assertFalse(rows.isEmpty());
    browser.screenshot("training-gaps-tas");

    WebElement cell =
        browser
            .driver()
            .findElement(
                By.cssSelector(
                    "#heatmap tr[data-staff='" + ta + "'] td[data-code='" + code + "'] button"));
    String status = gap.getString("status");
    assertTrue(
        cell.findElement(By.xpath(".."))
            .getAttribute("class")
            .contains(status.equals("GAP") ? "cpd-cell-gap" : "cpd-cell-" + status.toLowerCase()),
        "the screen shows the API's status " + status);
    browser.click(cell);
    WebElement closing = browser.waitFor(By.id("closing"));
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("closing"), course));
    assertTrue(closing.getText().contains(course), closing.getText());
    browser.screenshot("training-gaps-cell-of-a-ta");
  }

  @Test
  void aTeachingAssistantGetsOnlyTheirOwnGaps() {
    WebClient api = new WebClient(base);
    JsonObject me = WebClient.json(api.get("api/me", "Authorization", basic(TA, DEMO)));
    long ta = me.getJsonNumber("staffId").longValue();
    JsonArray mine =
        array(api.get("api/analysis/gaps?staffId=" + ta, "Authorization", basic(TA, DEMO)).body());
    assertFalse(mine.isEmpty());
    assertTrue(
        mine.stream()
            .map(JsonValue::asJsonObject)
            .allMatch(r -> r.getJsonNumber("staffId").longValue() == ta));
    assertEquals(
        403,
        api.get("api/analysis/gaps", "Authorization", basic(TA, DEMO)).statusCode(),
        "the school's matrix is not a TA's to see");
    assertEquals(
        403, api.get("api/analysis/capacity", "Authorization", basic(TA, DEMO)).statusCode());
  }

  @Test
  void capacityNamesTheDemoSinglePointOfFailureAndTheBreachedRule() {
    WebClient api = new WebClient(base);
    JsonObject capacity =
        WebClient.json(api.get("api/analysis/capacity", "Authorization", basic(SENCO, DEMO)));
    assertFalse(capacity.getJsonArray("singlePointsOfFailure").isEmpty());
    assertTrue(
        capacity.getJsonArray("coverageRules").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(r -> r.getBoolean("breachedNow")),
        "the demo's buccal midazolam rule is breached: " + capacity.getJsonArray("coverageRules"));
    assertEquals(
        400,
        api.get("api/analysis/capacity?date=23-11-2026", "Authorization", basic(SENCO, DEMO))
            .statusCode());

    WebClient screens = new WebClient(base);
    screens.signIn(SENCO, DEMO);
    String page = screens.get("demand/coverage-rules.xhtml").body();
    String breaches = page.substring(page.indexOf("id=\"breaches\""), page.indexOf("id=\"rules\""));
    assertTrue(breaches.contains("buccal midazolam"), breaches);
    assertTrue(breaches.contains("Breached now"), breaches);
  }

  private static JsonObject firstClosableGap(WebClient api, long staffId) {
    return array(
            api.get("api/analysis/gaps?staffId=" + staffId, "Authorization", basic(SENCO, DEMO))
                .body())
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("status").equals("GAP"))
        .filter(r -> !r.getJsonArray("closingCourses").isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("the demo TA has a gap that a course closes"));
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }
}
