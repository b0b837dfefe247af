package org.sendcpd.appraisal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;

/**
 * Performance management end to end: a line manager sets an objective with a target competence for
 * a demo teacher, the teacher's gaps then include it, and once a verified record meets it the
 * appraisal shows it met; a TA is refused another person's appraisal, the SENCO reads objectives
 * without review notes, and every reading leaves an APPRAISAL_VIEWED audit row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppraisalIT {

  static final String DEMO = "oakfield-demo";
  static final String MANAGER = "daniel.whitfield";

  /** A Year 5 teacher who reports to the deputy and has no appraisal in the demo. */
  static final String TEACHER = "gareth.llewellyn";

  static final String TA = "ellie.robinson";
  static final String SENCO = "eleanor.shah";
  static final String HEAD = "rachel.okonkwo";

  /** Sensory and physical: the teacher holds nothing in it. */
  static final String TARGET = "SP-04";

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
  void aManagersObjectiveBecomesTheTeachersGapAndShowsMetOnceAVerifiedRecordMeetsIt() {
    WebClient api = new WebClient(base);
    long teacher = staffId(api, TEACHER);
    long manager = staffId(api, MANAGER);
    JsonObject priority =
        array(api.get("api/priorities", "Authorization", basic(MANAGER, DEMO)).body())
            .getJsonObject(0);
    long appraisal = appraisalOf(api, teacher, manager, priority.getString("academicYear"));
    for (String own : List.of("api/appraisals?staffId=" + teacher, "api/appraisals")) {
      JsonArray mine = array(api.get(own, "Authorization", basic(TEACHER, DEMO)).body());
      assertTrue(
          mine.stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(a -> a.getJsonNumber("id").longValue() == appraisal),
          "the appraisee reads their own appraisal at " + own + ": " + mine);
    }
    assertFalse(
        gapsOf(api, teacher).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(r -> r.getString("competenceCode").equals(TARGET) && r.getInt("held") > 0),
        "the teacher does not hold " + TARGET + " yet");

    browser.signIn(base, MANAGER, DEMO);
    browser.open(base, "/appraisal/appraisal.xhtml?id=" + appraisal);
    browser.waitFor(By.id("objective:text")).sendKeys("Adapt PE and outdoor learning for pupils");
    choose("objective:targets:0:competence", "li[data-label^='" + TARGET + "']", TARGET);
    // choosing the competence fills the level menu with its ladder
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#objective\\:targets\\:0\\:level_input option[value='2']")));
    choose("objective:targets:0:level", "li[data-label='2 Enhanced']", "2");
    browser
        .driver()
        .findElement(By.id("objective:criteria"))
        .sendKeys("Every PE lesson plan names its adaptations");
    browser.click(browser.driver().findElement(By.id("objective:save")));
    String row = "tr.cpd-target[data-code='" + TARGET + "']";
    assertEquals("false", browser.waitFor(By.cssSelector(row)).getAttribute("data-met"));
    browser.screenshot("appraisal-objective-added");

    JsonObject gap =
        gapsOf(api, teacher).stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("competenceCode").equals(TARGET))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the objective's target is a requirement"));
    assertTrue(gap.getBoolean("fromObjective"), gap.toString());
    assertEquals(2, gap.getInt("required"));
    assertEquals("GAP", gap.getString("status"));

    HttpResponse<String> made =
        api.send(
            "POST",
            "api/it-support/verified-records?staffId=" + teacher + "&code=" + TARGET + "&level=2",
            "application/json",
            "",
            "Authorization",
            basic("admin", TestDeployments.ADMIN_PASSWORD));
    assertEquals(204, made.statusCode(), made.body());

    browser.open(base, "/appraisal/appraisal.xhtml?id=" + appraisal);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> "true".equals(d.findElement(By.cssSelector(row)).getAttribute("data-met")));
    assertTrue(browser.driver().findElement(By.cssSelector(row)).getText().contains("Met"));
    browser.screenshot("appraisal-target-met");
  }

  @Test
  void aTaIsRefusedTheSencoReadsNoNotesAndEveryReadingIsAudited() {
    WebClient api = new WebClient(base);
    long ta = staffId(api, TA);
    JsonObject other =
        array(api.get("api/appraisals", "Authorization", basic(HEAD, DEMO)).body()).stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getJsonNumber("staffId").longValue() != ta)
            .filter(a -> a.getString("staffName").equals("Zara Ahmed"))
            .findFirst()
            .orElseThrow();
    long id = other.getJsonNumber("id").longValue();
    assertEquals(
        403, api.get("api/appraisals/" + id, "Authorization", basic(TA, DEMO)).statusCode());
    assertEquals(
        403,
        api.get("api/appraisals/" + id + "/objectives", "Authorization", basic(TA, DEMO))
            .statusCode());
    assertEquals(
        403,
        api.get(
                "api/appraisals?staffId=" + other.getJsonNumber("staffId"),
                "Authorization",
                basic(TA, DEMO))
            .statusCode());

    HttpResponse<String> opened =
        api.send(
            "POST",
            "api/appraisals",
            "application/json",
            Json.createObjectBuilder()
                .add("staffId", other.getJsonNumber("staffId").longValue())
                .add("appraiserId", ta)
                .add("academicYear", "2030/31")
                .build()
                .toString(),
            "Authorization",
            basic(TA, DEMO));
    assertEquals(403, opened.statusCode(), "a TA may not open an appraisal: " + opened.body());

    JsonObject senco =
        WebClient.json(api.get("api/appraisals/" + id, "Authorization", basic(SENCO, DEMO)));
    JsonObject head =
        WebClient.json(api.get("api/appraisals/" + id, "Authorization", basic(HEAD, DEMO)));
    JsonArray sencoObjectives = senco.getJsonArray("objectives");
    assertFalse(sencoObjectives.isEmpty());
    for (JsonValue o : sencoObjectives) {
      assertEquals(JsonValue.NULL, o.asJsonObject().get("reviews"), "no notes for the SENCO");
      assertFalse(o.asJsonObject().getJsonArray("targets").isEmpty(), "but the targets");
    }
    assertFalse(
        head.getJsonArray("objectives").getJsonObject(0).getJsonArray("reviews").isEmpty(),
        "the head reads the notes");
    assertFalse(
        senco
            .toString()
            .contains(
                head.getJsonArray("objectives")
                    .getJsonObject(0)
                    .getJsonArray("reviews")
                    .getJsonObject(0)
                    .getString("note")));

    JsonArray audit =
        array(
            api.get(
                    "api/audit?action=APPRAISAL_VIEWED&limit=1000",
                    "Authorization",
                    basic("admin", TestDeployments.ADMIN_PASSWORD))
                .body());
    for (String who : new String[] {SENCO, HEAD}) {
      assertTrue(
          audit.stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(
                  r ->
                      r.getString("actor").equals(who)
                          && r.getJsonNumber("entityId").longValue() == id
                          && r.getString("detail")
                              .equals("staff " + other.getJsonNumber("staffId"))),
          who + "'s reading is audited");
    }
    assertFalse(
        audit
            .toString()
            .contains(head.getJsonArray("objectives").getJsonObject(0).getString("text")),
        "the audit keeps ids, never the text");
  }

  @Test
  void theSencoReadsThePlanAndThePriorityReviewATaReadsThePlanOnly() {
    browser.signIn(base, SENCO, DEMO);
    browser.open(base, "/appraisal/development-plan.xhtml");
    browser.waitFor(By.id("plan:strengths"));
    assertFalse(browser.driver().findElements(By.cssSelector("section.cpd-priority")).isEmpty());
    browser.screenshot("development-plan-senco");
    browser.open(base, "/appraisal/priorities.xhtml");
    browser.waitFor(By.cssSelector("section.cpd-priority .targets-met"));
    browser.screenshot("priorities-review-senco");

    browser.signIn(base, TA, DEMO);
    browser.open(base, "/appraisal/development-plan.xhtml");
    browser.waitFor(By.cssSelector("section.cpd-priority"));
    assertTrue(browser.driver().findElements(By.id("plan:strengths")).isEmpty(), "read only");
    browser.open(base, "/appraisal/priorities.xhtml");
    browser.waitFor(By.id("error-403"));
  }

  /**
   * Picks an item of a PrimeFaces select menu as a user does (typing into its filter first when it
   * has one, so the item is in view), again if the click landed while the panel was still opening,
   * until the menu's hidden select holds the value.
   */
  private static void choose(String menuId, String itemCss, String value) {
    String escaped = menuId.replace(":", "\\:");
    By input = By.id(menuId + "_input");
    for (int attempt = 0; attempt < 5; attempt++) {
      browser.waitForAjax();
      browser.click(browser.driver().findElement(By.id(menuId)));
      By item = By.cssSelector("#" + escaped + "_items " + itemCss);
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(item));
      } catch (org.openqa.selenium.TimeoutException panelClosedAgain) {
        continue; // the click landed while a re-render replaced the menu: open it again
      }
      browser
          .driver()
          .findElements(By.id(menuId + "_filter"))
          .forEach(
              f -> {
                f.clear();
                f.sendKeys(value);
              });
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(ExpectedConditions.elementToBeClickable(item))
            .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(d -> value.equals(d.findElement(input).getDomProperty("value")));
        browser.waitForAjax();
        return;
      } catch (org.openqa.selenium.WebDriverException tryAgain) {
        browser.driver().findElement(By.tagName("h1")).click();
      }
    }
    throw new AssertionError(menuId + " did not take " + value);
  }

  private static long staffId(WebClient api, String user) {
    return WebClient.json(api.get("api/me", "Authorization", basic(user, DEMO)))
        .getJsonNumber("staffId")
        .longValue();
  }

  private static long appraisalOf(WebClient api, long teacher, long manager, String year) {
    HttpResponse<String> created =
        api.send(
            "POST",
            "api/appraisals",
            "application/json",
            Json.createObjectBuilder()
                .add("staffId", teacher)
                .add("appraiserId", manager)
                .add("academicYear", year)
                .build()
                .toString(),
            "Authorization",
            basic(MANAGER, DEMO));
    assertEquals(201, created.statusCode(), created.body());
    return WebClient.json(created).getJsonNumber("id").longValue();
  }

  private static JsonArray gapsOf(WebClient api, long teacher) {
    return array(
        api.get("api/analysis/gaps?staffId=" + teacher, "Authorization", basic(TEACHER, DEMO))
            .body());
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  /**
   * Deployed with the test WAR only: makes a verified record with one outcome in the container,
   * standing in for the register or the SENCO's verification (other components' screens).
   */
  @Path("it-support/verified-records")
  @RequestScoped
  public static class VerifiedRecords {

    @PersistenceContext EntityManager em;
    @jakarta.ws.rs.core.Context SecurityContext security;

    @POST
    @Transactional
    public void create(
        @QueryParam("staffId") long staffId,
        @QueryParam("code") String code,
        @QueryParam("level") int level) {
      if (!security.isUserInRole("ADMIN")) {
        throw new ForbiddenException();
      }
      StaffMember person = em.find(StaffMember.class, staffId);
      Competence competence =
          em.createNamedQuery(Competence.FIND_BY_CODE, Competence.class)
              .setParameter("code", code)
              .getSingleResult();
      CpdRecord record =
          new CpdRecord(
              person,
              "Adapting PE for physical needs",
              DeliveryType.SPECIALIST_EXTERNAL,
              LocalDate.now(),
              BigDecimal.valueOf(3),
              RecordSource.LOGGED_BY_SENCO);
      record.addOutcome(competence, level);
      record.verify("admin", Instant.now());
      em.persist(record);
    }
  }
}
