package org.sendcpd.demand.boundary;

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
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * The demand side over the API (need profiles and coverage rules, against the demo school and fresh
 * schools) and on its two screens in headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemandApiIT {

  static final String DEMO = "oakfield-demo";
  static final String SENCO = basic("eleanor.shah", DEMO);
  static final String TA = basic("ellie.robinson", DEMO);
  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);
  static final String JSON = "application/json";

  @ArquillianResource URL base;
  WebClient web;

  @BeforeEach
  void client() {
    web = new WebClient(base);
  }

  @Test
  void theSencoListsTheDemosThreeProfilesAndSixRules() {
    JsonArray profiles = array(web.get("api/need-profiles", "Authorization", SENCO));
    List<String> groups =
        profiles.stream()
            .map(JsonValue::asJsonObject)
            .map(p -> p.isNull("yearGroup") ? "(whole school)" : p.getString("yearGroup"))
            .toList();
    assertEquals(List.of("(whole school)", "The Hive", "Year 2"), groups);
    JsonObject whole = profiles.getJsonObject(0);
    for (String field : List.of("id", "schoolId", "yearGroup", "recordedOn", "counts")) {
      assertTrue(whole.containsKey(field), "contract field " + field);
    }
    JsonArray counts = whole.getJsonArray("counts");
    assertEquals(4, counts.size());
    JsonObject ci = counts.getJsonObject(0);
    assertEquals("COMMUNICATION_AND_INTERACTION", ci.getString("areaOfNeed"));
    assertTrue(ci.getInt("pupils") >= ci.getInt("ehcPlans"));
    LocalDate.parse(whole.getString("recordedOn"));

    JsonArray rules = array(web.get("api/coverage-rules", "Authorization", SENCO));
    assertEquals(6, rules.size(), rules.toString());
    JsonObject midazolam =
        rules.stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("competenceCode").equals("MN-03"))
            .findFirst()
            .orElseThrow();
    for (String field :
        List.of(
            "id",
            "schoolId",
            "name",
            "competenceCode",
            "level",
            "minHolders",
            "scope",
            "from",
            "to",
            "active")) {
      assertTrue(midazolam.containsKey(field), "contract field " + field);
    }
    assertEquals(2, midazolam.getInt("minHolders"));
    assertTrue(midazolam.getBoolean("active"));
    assertTrue(
        rules.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(r -> !r.isNull("from") && !r.isNull("to")),
        "the residential rule has dates");
  }

  @Test
  void aProfileForAFreshYearGroupIsSavedAndReadBackAndTheWholeSchoolStaysOne() {
    long school = newSchool();
    String group = "Year " + UUID.randomUUID().toString().substring(0, 6);
    String body =
        "{\"schoolId\":"
            + school
            + ",\"yearGroup\":\""
            + group
            + "\",\"counts\":[{\"areaOfNeed\":\"COGNITION_AND_LEARNING\",\"pupils\":7,\"ehcPlans\":2},"
            + "{\"areaOfNeed\":\"SENSORY_AND_PHYSICAL\",\"pupils\":1,\"ehcPlans\":1}]}";
    HttpResponse<String> saved =
        web.send("PUT", "api/need-profiles", JSON, body, "Authorization", ADMIN);
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(LocalDate.now().toString(), WebClient.json(saved).getString("recordedOn"));

    for (int i = 0; i < 2; i++) {
      String whole =
          "{\"schoolId\":"
              + school
              + ",\"yearGroup\":null,\"counts\":[{\"areaOfNeed\":"
              + "\"COMMUNICATION_AND_INTERACTION\",\"pupils\":"
              + (10 + i)
              + ",\"ehcPlans\":3}]}";
      assertEquals(
          200,
          web.send("PUT", "api/need-profiles", JSON, whole, "Authorization", ADMIN).statusCode());
    }

    JsonArray profiles =
        array(web.get("api/need-profiles?schoolId=" + school, "Authorization", ADMIN));
    assertEquals(2, profiles.size(), "one whole-school profile and the year group: " + profiles);
    assertTrue(profiles.getJsonObject(0).isNull("yearGroup"));
    assertEquals(
        11, profiles.getJsonObject(0).getJsonArray("counts").getJsonObject(0).getInt("pupils"));
    JsonObject mine = profiles.getJsonObject(1);
    assertEquals(group, mine.getString("yearGroup"));
    assertEquals(school, mine.getJsonNumber("schoolId").longValue());
    JsonObject cl = mine.getJsonArray("counts").getJsonObject(1);
    assertEquals("COGNITION_AND_LEARNING", cl.getString("areaOfNeed"));
    assertEquals(7, cl.getInt("pupils"));
    assertEquals(2, cl.getInt("ehcPlans"));

    String tooManyPlans =
        "{\"schoolId\":"
            + school
            + ",\"yearGroup\":\""
            + group
            + "\",\"counts\":"
            + "[{\"areaOfNeed\":\"COGNITION_AND_LEARNING\",\"pupils\":1,\"ehcPlans\":2}]}";
    HttpResponse<String> refused =
        web.send("PUT", "api/need-profiles", JSON, tooManyPlans, "Authorization", ADMIN);
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("counts[0].ehcPlans"), refused.body());
    assertEquals(
        7,
        array(web.get("api/need-profiles?schoolId=" + school, "Authorization", ADMIN))
            .getJsonObject(1)
            .getJsonArray("counts")
            .getJsonObject(1)
            .getInt("pupils"),
        "nothing saved from the refused profile");
  }

  @Test
  void aRuleWithAnUnknownCompetenceIsRefusedNamingTheFieldAndNothingIsSaved() {
    long school = newSchool();
    HttpResponse<String> refused =
        web.send(
            "POST",
            "api/coverage-rules",
            JSON,
            rule(school, "NO-SUCH-99", 1, "2027-06-07", "2027-06-09"),
            "Authorization",
            ADMIN);
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject error = WebClient.json(refused);
    assertTrue(error.containsKey("error"));
    assertTrue(
        error.getJsonArray("details").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(d -> d.getString("field").equals("competenceCode")),
        refused.body());
    assertEquals(
        0, array(web.get("api/coverage-rules?schoolId=" + school, "Authorization", ADMIN)).size());

    HttpResponse<String> backwards =
        web.send(
            "POST",
            "api/coverage-rules",
            JSON,
            rule(school, "MN-02", 2, "2027-06-09", "2027-06-07"),
            "Authorization",
            ADMIN);
    assertEquals(400, backwards.statusCode());
    assertTrue(backwards.body().contains("\"to\""), backwards.body());
    HttpResponse<String> offLadder =
        web.send(
            "POST",
            "api/coverage-rules",
            JSON,
            rule(school, "MN-02", 9, null, null),
            "Authorization",
            ADMIN);
    assertEquals(400, offLadder.statusCode());
    assertTrue(offLadder.body().contains("\"level\""), offLadder.body());
  }

  @Test
  void aRuleIsCreatedChangedAndDeactivatedButStaysListed() {
    long school = newSchool();
    HttpResponse<String> created =
        web.send(
            "POST",
            "api/coverage-rules",
            JSON,
            rule(school, "MN-02", 2, "2027-06-07", "2027-06-09"),
            "Authorization",
            ADMIN);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject rule = WebClient.json(created);
    long id = rule.getJsonNumber("id").longValue();
    assertEquals("2027-06-07", rule.getString("from"));
    assertTrue(rule.getBoolean("active"));

    HttpResponse<String> changed =
        web.send(
            "PUT",
            "api/coverage-rules/" + id,
            JSON,
            rule(school, "MN-02", 1, null, null),
            "Authorization",
            ADMIN);
    assertEquals(200, changed.statusCode(), changed.body());
    assertTrue(WebClient.json(changed).isNull("from"));
    assertEquals(1, WebClient.json(changed).getInt("level"));

    HttpResponse<String> deleted =
        web.send("DELETE", "api/coverage-rules/" + id, JSON, "", "Authorization", ADMIN);
    assertEquals(200, deleted.statusCode(), deleted.body());
    JsonArray rules =
        array(web.get("api/coverage-rules?schoolId=" + school, "Authorization", ADMIN));
    assertEquals(1, rules.size());
    assertFalse(rules.getJsonObject(0).getBoolean("active"));

    assertEquals(
        404,
        web.send(
                "PUT",
                "api/coverage-rules/987654321",
                JSON,
                rule(school, "MN-02", 1, null, null),
                "Authorization",
                ADMIN)
            .statusCode());
    assertEquals(
        404,
        web.send("DELETE", "api/coverage-rules/987654321", JSON, "", "Authorization", ADMIN)
            .statusCode());
    assertEquals(
        403,
        web.send("DELETE", "api/coverage-rules/" + id, JSON, "", "Authorization", SENCO)
            .statusCode(),
        "another school's rule");
  }

  @Test
  void aTeachingAssistantAndAnotherSchoolsSencoGet403() {
    assertEquals(403, web.get("api/need-profiles", "Authorization", TA).statusCode());
    assertEquals(403, web.get("api/coverage-rules", "Authorization", TA).statusCode());
    HttpResponse<String> put =
        web.send(
            "PUT",
            "api/need-profiles",
            JSON,
            "{\"yearGroup\":\"Year 3\",\"counts\":[]}",
            "Authorization",
            TA);
    assertEquals(403, put.statusCode());
    assertTrue(WebClient.json(put).containsKey("error"));

    long school = newSchool();
    assertEquals(
        403, web.get("api/need-profiles?schoolId=" + school, "Authorization", SENCO).statusCode());
    assertEquals(
        403, web.get("api/coverage-rules?schoolId=" + school, "Authorization", SENCO).statusCode());
  }

  @Test
  void theSencoOpensBothScreensAndEditsANeedCount() {
    try (Browser browser = Browser.start()) {
      browser.signIn(base, "eleanor.shah", DEMO);
      browser.open(base, "/demand/need-profiles.xhtml");
      WebElement table = browser.waitFor(By.id("profiles:table"));
      assertTrue(
          browser
              .driver()
              .findElement(By.id("counts-only"))
              .getText()
              .contains("Never type a pupil's name"));
      assertTrue(table.getText().contains("Whole school"), table.getText());
      browser.screenshot("demand-need-profiles");

      JsonObject original = demoYear2();
      int before = year2Pupils(browser);
      editYear2(browser, before + 3, before + 9);
      WebElement messages = browser.waitFor(By.id("profileForm:dialogMessages"));
      assertTrue(messages.getText().contains("cannot outnumber"), messages.getText());
      browser.screenshot("demand-need-profiles-refused");
      assertEquals(before, year2Pupils(browser), "nothing saved on error");

      setCount(browser, "ehcPlans", 0);
      browser.click(browser.driver().findElement(By.id("profileForm:save")));
      new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
          .ignoring(StaleElementReferenceException.class)
          .ignoring(StaleElementReferenceException.class)
          .until(d -> year2Pupils(browser) == before + 3);
      browser.screenshot("demand-need-profiles-saved");
      // Put the demo back as it was, for the other tests that read it.
      assertEquals(
          before + 3, demoYear2().getJsonArray("counts").getJsonObject(0).getInt("pupils"));
      restore(original);

      browser.open(base, "/demand/coverage-rules.xhtml");
      WebElement rules = browser.waitFor(By.id("rules:table"));
      browser.screenshot("demand-coverage-rules");
      assertTrue(rules.getText().contains("MN-03"), rules.getText());
      assertEquals(
          6,
          browser.driver().findElements(By.cssSelector("#rules\\:table_data tr[data-ri]")).size());
      assertFalse(browser.driver().findElements(By.id("breaches")).isEmpty(), "the breaches panel");
      browser.screenshot("demand-coverage-rules");
      browser.click(browser.driver().findElement(By.id("rules:table:0:edit")));
      browser.waitFor(By.id("ruleForm:name"));
      browser.screenshot("demand-coverage-rule-dialog");
      assertTrue(
          browser.driver().findElement(By.id("ruleForm:level_label")).getText().matches("\\d .+"));
    }
  }

  private static int year2Pupils(Browser browser) {
    return Integer.parseInt(
        year2Row(browser).findElements(By.tagName("td")).get(1).getText().trim());
  }

  private static WebElement year2Row(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("#profiles\\:table_data tr[data-ri]"))
        .stream()
        .filter(r -> r.findElements(By.tagName("td")).get(0).getText().trim().equals("Year 2"))
        .findFirst()
        .orElseThrow();
  }

  private static void editYear2(Browser browser, int pupils, int plans) {
    browser.click(year2Row(browser).findElement(By.cssSelector("button[id$=':edit']")));
    browser.waitFor(By.id("profileForm:counts:0:pupils_input"));
    setCount(browser, "pupils", pupils);
    setCount(browser, "ehcPlans", plans);
    browser.click(browser.driver().findElement(By.id("profileForm:save")));
  }

  private static void setCount(Browser browser, String which, int value) {
    WebElement input =
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
            .ignoring(StaleElementReferenceException.class)
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.id("profileForm:counts:0:" + which + "_input")));
    browser.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(String.valueOf(value), Keys.TAB);
  }

  private JsonObject demoYear2() {
    return array(web.get("api/need-profiles", "Authorization", SENCO)).stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> !p.isNull("yearGroup") && p.getString("yearGroup").equals("Year 2"))
        .findFirst()
        .orElseThrow();
  }

  private void restore(JsonObject year2) {
    String body =
        Json.createObjectBuilder()
            .add("yearGroup", "Year 2")
            .add("counts", year2.getJsonArray("counts"))
            .build()
            .toString();
    assertEquals(
        200, web.send("PUT", "api/need-profiles", JSON, body, "Authorization", SENCO).statusCode());
  }

  private static String rule(long school, String code, int level, String from, String to) {
    return "{\"schoolId\":"
        + school
        + ",\"name\":\"IT rule\",\"competenceCode\":\""
        + code
        + "\",\"level\":"
        + level
        + ",\"minHolders\":2,\"scope\":\"Year 6\",\"from\":"
        + (from == null ? "null" : "\"" + from + "\"")
        + ",\"to\":"
        + (to == null ? "null" : "\"" + to + "\"")
        + "}";
  }

  private long newSchool() {
    String urn = String.valueOf(100000 + (int) (Math.random() * 899999));
    HttpResponse<String> response =
        web.send(
            "POST",
            "api/schools",
            JSON,
            "{\"name\":\"Demand IT " + urn + "\",\"urn\":\"" + urn + "\",\"phase\":\"PRIMARY\"}",
            "Authorization",
            ADMIN);
    assertEquals(201, response.statusCode(), response.body());
    return WebClient.json(response).getJsonNumber("id").longValue();
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
