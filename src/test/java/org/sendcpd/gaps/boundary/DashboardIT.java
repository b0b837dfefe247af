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
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The head's and the SENCO's dashboard against the analysis API for the same date: the tiles show
 * the API's numbers, every chart draws, and a TA is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

  static final String DEMO = "oakfield-demo";
  static final String HEAD = "rachel.okonkwo";
  static final String SENCO = "eleanor.shah";
  static final String TA = "ellie.robinson";
  static final List<String> CHARTS =
      List.of("coverageChart", "gapsChart", "lapsesChart", "deliveryChart", "roleChart");

  @ArquillianResource URL base;
  static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
    browser.driver().manage().window().setSize(new Dimension(1400, 2900));
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void theHeadStartsOnTheDashboardWithTheAnalysisNumbersAndDrawnCharts() {
    long started = System.nanoTime();
    browser.signIn(base, HEAD, DEMO);
    browser.waitFor(By.id("dashboard:figures"));
    System.out.printf(
        "Dashboard of the demo school: sign-in and first page in %d ms%n",
        (System.nanoTime() - started) / 1_000_000);
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/gaps/dashboard.xhtml"),
        browser.driver().getCurrentUrl());
    assertTilesMatchTheApi(HEAD, LocalDate.now());
    assertTrue(
        Integer.parseInt(browser.driver().findElement(By.id("breachesNow")).getText()) > 0,
        "the demo's buccal midazolam rule is breached");
    assertChartsDrawn();
    browser.screenshot("dashboard-head");

    String lapsing = tile("tileLapses");
    browser.click(browser.driver().findElement(By.id("menuRenewals")));
    browser.waitFor(By.id("renewals:lapsing"));
    long listed =
        browser
            .driver()
            .findElements(
                By.cssSelector("#renewals\\:lapsing_data > tr:not(.ui-datatable-empty-message)"))
            .size();
    assertEquals(
        lapsing, String.valueOf(listed), "the tile counts the certificates Renewals lists");
  }

  @Test
  void theSencoChoosesAnEarlierDateAndEverythingFollowsIt() {
    browser.signIn(base, SENCO, DEMO);
    browser.open(base, "/gaps/dashboard.xhtml");
    WebElement before = browser.waitFor(By.id("dashboard:figures"));
    LocalDate earlier = LocalDate.now().minusMonths(1);
    // Choose the date through the picker's widget, as a click on a day does (typing raced the
    // picker's own overlay).
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var p = PF('dashboardDate'); p.setDate(new Date(arguments[0], arguments[1] - 1,"
                + " arguments[2])); p.fireDateSelectEvent();",
            earlier.getYear(),
            earlier.getMonthValue(),
            earlier.getDayOfMonth());
    // The figures are replaced by the Ajax update that the date's change fires.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.stalenessOf(before));
    browser.waitForAjax();
    assertEquals(
        earlier.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
        browser.driver().findElement(By.id("dashboard:date_input")).getDomProperty("value"));
    assertTilesMatchTheApi(SENCO, earlier);
    assertChartsDrawn();
    browser.screenshot("dashboard-senco-earlier-date");
  }

  @Test
  void aTeachingAssistantIsRefusedAndTheTrustLeadKeepsTheirStartPage() {
    WebClient ta = new WebClient(base);
    ta.signIn(TA, DEMO);
    assertEquals(403, ta.get("gaps/dashboard.xhtml").statusCode());
    WebClient head = new WebClient(base);
    head.signIn(HEAD, DEMO);
    assertTrue(
        head.get("").headers().firstValue("Location").orElse("").endsWith("/gaps/dashboard.xhtml"));
    head.get("gaps/dashboard.xhtml");
    long started = System.nanoTime();
    assertEquals(200, head.get("gaps/dashboard.xhtml").statusCode());
    System.out.printf(
        "Dashboard page of the demo school, warm: %d ms%n",
        (System.nanoTime() - started) / 1_000_000);
    WebClient trust = new WebClient(base);
    trust.signIn("trust.lead", DEMO);
    assertFalse(
        trust.get("").headers().firstValue("Location").orElse("").contains("dashboard"),
        "the trust lead's start page is not this dashboard");
    assertEquals(200, trust.get("gaps/dashboard.xhtml").statusCode());
  }

  private void assertTilesMatchTheApi(String user, LocalDate date) {
    WebClient api = new WebClient(base);
    String auth = basic(user, DEMO);
    JsonObject capacity =
        WebClient.json(api.get("api/analysis/capacity?date=" + date, "Authorization", auth));
    JsonArray gaps =
        Json.createReader(
                new StringReader(
                    api.get("api/analysis/gaps?all=true&date=" + date, "Authorization", auth)
                        .body()))
            .readArray();
    long required = count(gaps, r -> !r.getString("status").equals("NOT_REQUIRED"));
    long met = count(gaps, r -> Map.of("MET", 1, "EXPIRING", 1).containsKey(r.getString("status")));
    JsonArray rules = capacity.getJsonArray("coverageRules");
    long now = count(rules, r -> r.getBoolean("breachedNow"));
    long ahead = count(rules, r -> !r.getBoolean("breachedNow") && !r.isNull("breachDate"));
    assertEquals(String.valueOf(capacity.getJsonArray("spend").size()), tile("tileStaff"));
    assertEquals(((int) Math.floor(100.0 * met / required)) + "%", tile("tileMet"));
    assertEquals(
        String.valueOf(count(gaps, r -> r.getString("status").equals("GAP"))), tile("tileGaps"));
    assertEquals(
        String.valueOf(capacity.getJsonArray("singlePointsOfFailure").size()),
        tile("tileSinglePoints"));
    assertEquals(now + " / " + ahead, tile("tileBreaches"));
    long certificates =
        capacity.getJsonArray("lapsing").stream()
            .map(l -> l.asJsonObject().getJsonNumber("recordId").longValue())
            .distinct()
            .count();
    assertEquals(String.valueOf(certificates), tile("tileLapses"), "certificates, not competences");
    assertTrue(required > 0, "the demo has requirements");
  }

  private static String tile(String id) {
    return browser
        .driver()
        .findElement(By.cssSelector("#dashboard\\:" + id + " .cpd-tile-value"))
        .getText()
        .trim();
  }

  /** Each chart has a Chart.js instance with labelled data and has painted its canvas. */
  private static void assertChartsDrawn() {
    for (String id : CHARTS) {
      String script =
          "var c = document.getElementById('dashboard:"
              + id
              + "_canvas');"
              + " var chart = c && window.Chart && Chart.getChart(c);"
              + " if (!chart || !chart.data.labels.length) return -1;"
              + " var sum = chart.data.datasets.reduce(function (s, d) {"
              + "   return s + d.data.reduce(function (a, b) { return a + b; }, 0); }, 0);"
              + " var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, painted = 0;"
              + " for (var i = 3; i < px.length; i += 4) { if (px[i] > 0) painted++; }"
              + " return painted > 1000 ? sum : -2;";
      Object result =
          new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
              .until(
                  d -> {
                    Object r = ((JavascriptExecutor) d).executeScript(script);
                    return ((Number) r).doubleValue() >= 0 ? r : null;
                  });
      assertTrue(((Number) result).doubleValue() >= 0, id + " drew");
    }
  }

  private static long count(JsonArray rows, Predicate<JsonObject> which) {
    return rows.stream().map(JsonValue::asJsonObject).filter(which).count();
  }
}
