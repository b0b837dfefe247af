package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * The SENCO's planning screens saved from a copy someone changed since it was shown: coverage
 * rules, need profiles, the development plan's SWOT and the verification queue. Each save is
 * refused saying who changed what and when, the SENCO's input stays, and nothing is saved over the
 * other person's change until the SENCO saves again. Each test works in a school of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StalePlanningScreensIT {

  static final String ADMIN = AdminEdits.ADMIN;

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
  void theCoverageRuleDialogKeepsTheInputOfAStaleSave() {
    ApiScene scene = ApiScene.create(base, "Stale planning IT", 1);
    JsonObject rule =
        created(
            scene.api.send(
                "POST",
                "api/coverage-rules",
                "application/json",
                "{\"schoolId\": "
                    + scene.schoolId
                    + ", \"name\": \"Signing in every phase\", \"competenceCode\": \"CI-02\","
                    + " \"level\": 2, \"minHolders\": 1}",
                "Authorization",
                scene.senco()));
    String path = "api/coverage-rules/" + rule.getJsonNumber("id").longValue();
    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.open(base, "/demand/coverage-rules.xhtml");
    browser.click(browser.waitFor(By.id("rules:table:0:edit")));
    WebElement name = browser.waitFor(By.id("ruleForm:name"));
    browser.waitForAjax();

    AdminEdits.change(scene.api, path, "minHolders", Json.createValue(3));
    name.clear();
    name.sendKeys("Makaton in every phase");
    browser.click(browser.driver().findElement(By.id("ruleForm:save")));

    String message = refusal("ruleForm\\:dialogMessages");
    assertTrue(message.startsWith("admin changed this record at "), message);
    assertTrue(message.contains("(minimum holders)"), message);
    assertTrue(message.contains("Your changes are kept below"), message);
    assertEquals(
        "Makaton in every phase",
        browser.driver().findElement(By.id("ruleForm:name")).getAttribute("value"));
    assertEquals("Signing in every phase", AdminEdits.read(scene.api, path).getString("name"));
    browser.screenshot("coverage-rule-stale-save");

    browser.click(browser.driver().findElement(By.id("ruleForm:save")));
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("ruleDialog")));
    JsonObject saved = AdminEdits.read(scene.api, path);
    assertEquals("Makaton in every phase", saved.getString("name"));
  }

  @Test
  void theNeedProfileDialogKeepsTheInputOfAStaleSave() {
    ApiScene scene = ApiScene.create(base, "Stale planning IT", 1);
    JsonObject profile = putProfile(scene, 4, null);
    long id = profile.getJsonNumber("id").longValue();
    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.open(base, "/demand/need-profiles.xhtml");
    browser.click(browser.waitFor(By.cssSelector("#profiles\\:table_data button[id$=':edit']")));
    WebElement pupils = browser.waitFor(By.id("profileForm:counts:0:pupils_input"));
    browser.waitForAjax();

    HttpResponse<String> tag = scene.api.get("api/need-profiles/" + id, "Authorization", ADMIN);
    assertEquals(200, tag.statusCode(), tag.body());
    String copy = tag.headers().firstValue("ETag").orElseThrow();
    putProfile(scene, 6, copy);
    HttpResponse<String> stale =
        scene.api.send(
            "PUT",
            "api/need-profiles",
            "application/json",
            profileBody(scene, 7),
            "Authorization",
            ADMIN,
            "If-Match",
            copy);
    assertEquals(412, stale.statusCode(), "a second save of the same copy: " + stale.body());
    browser.click(pupils);
    pupils.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    pupils.sendKeys("9", Keys.TAB);
    browser.click(browser.driver().findElement(By.id("profileForm:save")));

    String message = refusal("profileForm\\:dialogMessages");
    assertTrue(message.contains("changed this record at "), message);
    assertTrue(message.contains("(communication and interaction)"), message);
    assertEquals(
        "9",
        browser
            .driver()
            .findElement(By.id("profileForm:counts:0:pupils_input"))
            .getAttribute("value"));
    assertEquals(6, pupilsOf(scene), "the other person's count stays");

    browser.click(browser.driver().findElement(By.id("profileForm:save")));
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("profileDialog")));
    assertEquals(9, pupilsOf(scene));
  }

  @Test
  void theSwotKeepsTheTextOfASaveFromAnOlderTab() {
    ApiScene scene = ApiScene.create(base, "Stale planning IT", 1);
    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.open(base, "/appraisal/development-plan.xhtml");
    String first = browser.driver().getWindowHandle();
    typeInto("plan:threats", "Two experienced TAs retire in July");
    browser.click(browser.driver().findElement(By.id("plan:saveSwot")));
    waitForMessage("Saved");

    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.open(base, "/appraisal/development-plan.xhtml");
    String second = browser.driver().getWindowHandle();
    typeInto("plan:opportunities", "Outreach from the special school nearby");
    browser.click(browser.driver().findElement(By.id("plan:saveSwot")));
    waitForMessage("Saved");
    browser.driver().close();

    browser.driver().switchTo().window(first);
    assertTrue(!first.equals(second));
    typeInto("plan:strengths", "Every TA holds universal autism training");
    browser.click(browser.driver().findElement(By.id("plan:saveSwot")));
    String message = refusal("plan\\:messages");
    assertTrue(
        message.startsWith("You (in another window or tab) changed this record at "), message);
    assertTrue(message.contains("(opportunities)"), message);
    assertEquals(
        "Every TA holds universal autism training",
        browser.driver().findElement(By.id("plan:strengths")).getAttribute("value"));
    browser.screenshot("swot-stale-save");

    browser.click(browser.driver().findElement(By.id("plan:saveSwot")));
    waitForMessage("Saved");
    browser.open(base, "/appraisal/development-plan.xhtml");
    assertEquals(
        "Every TA holds universal autism training",
        browser.waitFor(By.id("plan:strengths")).getAttribute("value"));
  }

  @Test
  void theFrameworkEditorKeepsTheDraftOfASaveFromAnOlderTab() {
    String name = "Stale editing framework " + System.nanoTime();
    String json =
        "{\"name\": \""
            + name
            + "\", \"version\": \"1\", \"levels\": [{\"rank\": 1, \"name\": \"Aware\"}],"
            + " \"areas\": [{\"code\": \"SE\", \"name\": \"Stale editing\", \"competences\":"
            + " [{\"code\": \"SE-"
            + System.nanoTime() % 100_000
            + "\", \"statement\": \"Notices a stale copy\"}]}], \"requirements\": []}";
    WebClient api = new WebClient(base);
    long id =
        created(
                api.send(
                    "POST",
                    "api/frameworks/import",
                    "application/json",
                    json,
                    "Authorization",
                    ADMIN))
            .getJsonNumber("id")
            .longValue();
    String page = "/framework/framework-edit.xhtml?id=" + id;
    browser.signIn(base, "admin", TestDeployments.ADMIN_PASSWORD);
    browser.open(base, page);
    String first = browser.driver().getWindowHandle();
    browser.waitFor(By.id("edit:description"));

    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.open(base, page);
    typeInto("edit:source", "Written by the trust's SEND leads");
    browser.click(browser.driver().findElement(By.id("edit:save")));
    waiting().until(d -> !d.findElements(By.cssSelector(".ui-growl-item")).isEmpty());
    browser.driver().close();

    browser.driver().switchTo().window(first);
    typeInto("edit:description", "For the autumn term's twilight sessions");
    browser.click(browser.driver().findElement(By.id("edit:save")));
    String refusal = browser.waitFor(By.id("edit:errors")).getText();
    assertTrue(refusal.contains("You (in another window or tab) changed this record at "), refusal);
    assertEquals(
        "For the autumn term's twilight sessions",
        browser.driver().findElement(By.id("edit:description")).getAttribute("value"));
    browser.screenshot("framework-stale-save");

    browser.click(browser.driver().findElement(By.id("edit:save")));
    waiting().until(d -> d.findElements(By.id("edit:errors")).isEmpty());
    browser.open(base, page);
    assertEquals(
        "For the autumn term's twilight sessions",
        browser.waitFor(By.id("edit:description")).getAttribute("value"));
  }

  @Test
  void theVerificationQueueRefusesToDecideOnARecordChangedSinceItWasShown() {
    ApiScene scene = ApiScene.create(base, "Stale planning IT", 1);
    String ta = "ta.stale." + scene.schoolId;
    created(
        scene.api.send(
            "POST",
            "api/accounts",
            "application/json",
            "{\"staffId\": "
                + scene.tas.get(0)
                + ", \"username\": \""
                + ta
                + "\", \"password\": \""
                + ApiScene.PASSWORD
                + "\", \"roles\": [\"STAFF\"]}",
            "Authorization",
            ADMIN));
    JsonObject record =
        created(
            scene.api.send(
                "POST",
                "api/cpd-records",
                "application/json",
                selfLogged(2.5),
                "Authorization",
                basic(ta, ApiScene.PASSWORD)));
    String path = "api/cpd-records/" + record.getJsonNumber("id").longValue();
    String asLogged =
        scene.api.get(path, "Authorization", ADMIN).headers().firstValue("ETag").orElseThrow();
    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.open(base, "/training/verification-queue.xhtml");
    WebElement verify = browser.waitFor(By.id("queue:table:0:verify"));
    assertTrue(browser.driver().findElement(By.id("queue:table")).getText().contains("2.5"));

    HttpResponse<String> revised =
        scene.api.send(
            "PUT",
            path,
            "application/json",
            selfLogged(6),
            "Authorization",
            basic(ta, ApiScene.PASSWORD));
    assertEquals(200, revised.statusCode(), revised.body());
    HttpResponse<String> staleVerify =
        scene.api.send(
            "POST",
            path + "/verify",
            "application/json",
            "{}",
            "Authorization",
            scene.senco(),
            "If-Match",
            asLogged);
    assertEquals(412, staleVerify.statusCode(), staleVerify.body());
    browser.click(verify);

    WebElement growl = browser.waitFor(By.cssSelector("#queue\\:messages .ui-messages-warn"));
    assertTrue(growl.getText().contains("Changed since you opened the queue"), growl.getText());
    assertTrue(growl.getText().contains("Tia Ta000 changed this record at"), growl.getText());
    assertEquals("SELF_LOGGED", AdminEdits.read(scene.api, path).getString("status"));
    browser.screenshot("verification-stale");
    waiting()
        .withMessage(() -> browser.driver().findElement(By.id("queue:table")).getText())
        .until(d -> d.findElement(By.id("queue:table")).getText().contains("6.0"));

    browser.click(browser.driver().findElement(By.id("queue:table:0:verify")));
    waiting().until(d -> "VERIFIED".equals(AdminEdits.read(scene.api, path).getString("status")));
  }

  private static String selfLogged(double hours) {
    return Json.createObjectBuilder()
        .add("title", "Zones of Regulation twilight")
        .add("delivery", "IN_HOUSE")
        .add("completedOn", LocalDate.now().minusDays(3).toString())
        .add("hours", hours)
        .add(
            "outcomes",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("competenceCode", "CI-02").add("level", 1)))
        .build()
        .toString();
  }

  private static String profileBody(ApiScene scene, int pupils) {
    return "{\"schoolId\": "
        + scene.schoolId
        + ", \"yearGroup\": \"Year 2\", \"counts\": [{\"areaOfNeed\":"
        + " \"COMMUNICATION_AND_INTERACTION\", \"pupils\": "
        + pupils
        + ", \"ehcPlans\": 1}]}";
  }

  private static JsonObject putProfile(ApiScene scene, int pupils, String ifMatch) {
    String body = profileBody(scene, pupils);
    HttpResponse<String> saved =
        ifMatch == null
            ? scene.api.send(
                "PUT", "api/need-profiles", "application/json", body, "Authorization", ADMIN)
            : scene.api.send(
                "PUT",
                "api/need-profiles",
                "application/json",
                body,
                "Authorization",
                ADMIN,
                "If-Match",
                ifMatch);
    assertEquals(200, saved.statusCode(), saved.body());
    return WebClient.json(saved);
  }

  private static int pupilsOf(ApiScene scene) {
    HttpResponse<String> list =
        scene.api.get("api/need-profiles?schoolId=" + scene.schoolId, "Authorization", ADMIN);
    JsonArray profiles = Json.createReader(new StringReader(list.body())).readArray();
    return profiles.getJsonObject(0).getJsonArray("counts").getJsonObject(0).getInt("pupils");
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return WebClient.json(response);
  }

  private void typeInto(String id, String text) {
    WebElement box = browser.waitFor(By.id(id));
    box.clear();
    box.sendKeys(text);
  }

  private void waitForMessage(String text) {
    waiting().until(d -> d.findElement(By.id("plan:messages")).getText().contains(text));
  }

  private String refusal(String messages) {
    return browser
        .waitFor(By.cssSelector("#" + messages + " .ui-messages-error-summary"))
        .getText();
  }

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }
}
