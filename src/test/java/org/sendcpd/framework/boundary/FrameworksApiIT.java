package org.sendcpd.framework.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/** Framework import and export over the API, and the SENCO's framework screens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworksApiIT {

  static final String DEMO = "oakfield-demo";
  static final String SENCO = basic("eleanor.shah", DEMO);
  static final String TA = basic("ellie.robinson", DEMO);
  static final String BOUNDARY = "----sendcpd-it-boundary";

  @ArquillianResource URL base;
  WebClient web;
  String prefix;

  @BeforeEach
  void client() {
    web = new WebClient(base);
    prefix = "I" + UUID.randomUUID().toString().substring(0, 6);
  }

  String competences() {
    return "area_code,area_name,competence_code,statement\n"
        + "COM,Communication,"
        + prefix
        + "-01,Adapts spoken language to the pupil\n"
        + "COM,Communication,"
        + prefix
        + "-02,\"Uses visual supports, such as symbols\"\n"
        + "LRN,Learning,"
        + prefix
        + "-03,Breaks tasks into small steps\n";
  }

  String requirements() {
    return "job_role,competence_code,level\n"
        + "TA,"
        + prefix
        + "-01,2\n"
        + "TEACHER,"
        + prefix
        + "-03,1\n";
  }

  HttpResponse<String> importForm(
      Map<String, String> fields, Map<String, String> files, String who) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append("--" + BOUNDARY + "\r\n")
                .append("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    files.forEach(
        (name, value) ->
            body.append("--" + BOUNDARY + "\r\n")
                .append(
                    "Content-Disposition: form-data; name=\""
                        + name
                        + "\"; filename=\""
                        + name
                        + ".csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--" + BOUNDARY + "--\r\n");
    return web.send(
        "POST",
        "api/frameworks/import",
        "multipart/form-data; boundary=" + BOUNDARY,
        body.toString(),
        "Authorization",
        who);
  }

  int frameworkCount() {
    HttpResponse<String> list = web.get("api/frameworks", "Authorization", SENCO);
    assertEquals(200, list.statusCode());
    return Json.createReader(new StringReader(list.body())).readArray().size();
  }

  static String details(HttpResponse<String> response) {
    return WebClient.json(response).getJsonArray("details").toString();
  }

  @Test
  void aJsonImportWithAnErrorAnswers400NamingTheFieldAndSavesNothing() {
    int before = frameworkCount();
    String json =
        "{\"name\":\"Bad "
            + prefix
            + "\",\"version\":\"1\",\"levels\":[{\"rank\":1,\"name\":\"Held\"}],"
            + "\"areas\":[{\"code\":\"A\",\"name\":\"Area\",\"competences\":["
            + "{\"code\":\""
            + prefix
            + "-01\",\"statement\":\"Fine\"},{\"code\":\""
            + prefix
            + "-02\"}]}],"
            + "\"requirements\":[{\"jobRole\":\"TA\",\"competenceCode\":\""
            + prefix
            + "-01\",\"level\":1}]}";
    HttpResponse<String> refused =
        web.send("POST", "api/frameworks/import", "application/json", json, "Authorization", SENCO);
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(details(refused).contains("areas[0].competences[1].statement"), refused.body());
    assertEquals(before, frameworkCount());
  }

  @Test
  void aCsvImportWithAnErrorOnLineThreeAnswers400NamingLineThreeAndSavesNothing() {
    int before = frameworkCount();
    String badRequirements =
        "job_role,competence_code,level\nTA," + prefix + "-01,2\nWIZARD," + prefix + "-02,1\n";
    HttpResponse<String> refused =
        importForm(
            Map.of("name", "Refused " + prefix, "version", "1"),
            Map.of("competences", competences(), "requirements", badRequirements),
            SENCO);
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject problem = WebClient.json(refused).getJsonArray("details").getJsonObject(0);
    assertEquals("requirements", problem.getString("file"));
    assertEquals(3, problem.getInt("line"));
    assertTrue(problem.getString("message").contains("WIZARD"));
    assertEquals(before, frameworkCount());
  }

  @Test
  void aGoodCsvImportCreatesTheFrameworkAndExportsItInTheSameFormat() {
    int before = frameworkCount();
    HttpResponse<String> created =
        importForm(
            Map.of(
                "name",
                "Imported " + prefix,
                "version",
                "2026.1",
                "levels",
                "Aware,Skilled,Expert"),
            Map.of("competences", competences(), "requirements", requirements()),
            SENCO);
    assertEquals(201, created.statusCode(), created.body());
    long id = WebClient.json(created).getJsonNumber("id").longValue();
    assertEquals(before + 1, frameworkCount());

    HttpResponse<String> csv =
        web.get(
            "api/frameworks/" + id + "/export?format=csv&part=competences", "Authorization", SENCO);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        csv.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains(
                "attachment; filename=\"imported-"
                    + prefix.toLowerCase()
                    + "-2026.1-competences.csv\""),
        csv.headers().map().toString());
    assertEquals(competences(), csv.body());
    HttpResponse<String> req =
        web.get(
            "api/frameworks/" + id + "/export?format=csv&part=requirements",
            "Authorization",
            SENCO);
    assertEquals(requirements(), req.body());

    JsonObject json =
        WebClient.json(web.get("api/frameworks/" + id + "/export", "Authorization", SENCO));
    assertEquals("Imported " + prefix, json.getString("name"));
    assertEquals("Skilled", json.getJsonArray("levels").getJsonObject(1).getString("name"));
    JsonArray areas = json.getJsonArray("areas");
    assertEquals(2, areas.size());
    assertEquals(
        prefix + "-03",
        areas.getJsonObject(1).getJsonArray("competences").getJsonObject(0).getString("code"));
    assertEquals(
        List.of("name", "version", "levels", "areas", "requirements"), List.copyOf(json.keySet()));

    HttpResponse<String> again =
        web.send(
            "POST",
            "api/frameworks/import",
            "application/json",
            json.toString(),
            "Authorization",
            SENCO);
    assertEquals(409, again.statusCode(), "the same name and version twice: " + again.body());
  }

  @Test
  void aTeachingAssistantMayReadButNotImport() {
    assertEquals(200, web.get("api/frameworks", "Authorization", TA).statusCode());
    HttpResponse<String> refused =
        importForm(
            Map.of("name", "TA " + prefix, "version", "1"),
            Map.of("competences", competences()),
            TA);
    assertEquals(403, refused.statusCode(), refused.body());
    HttpResponse<String> csv =
        web.send(
            "POST",
            "api/frameworks/import?name=x&version=1",
            "text/csv",
            competences(),
            "Authorization",
            TA);
    assertEquals(403, csv.statusCode());
  }

  @Test
  void theSencoReadsTheFrameworksAndTheTrustLeadEditsTheMatrix() throws IOException {
    try (Browser browser = Browser.start()) {
      browser.signIn(base, "eleanor.shah", DEMO);
      browser.click(browser.waitFor(By.id("menuFrameworks")));
      WebElement table = browser.waitFor(By.id("frameworks:table"));
      String text = table.getText();
      assertTrue(text.contains("SEND workforce framework"), text);
      assertTrue(text.contains("Teachers' Standard 5: adaptive teaching"), text);
      assertTrue(text.contains("TA professional standards"), text);
      browser.screenshot("framework-list-senco");

      Path bad = Files.createTempFile("framework", ".csv");
      Files.writeString(
          bad,
          "area_code,area_name,competence_code,statement\nA,Area,"
              + prefix
              + "-01,Fine\nA,Area,,\n");
      browser
          .driver()
          .findElements(By.cssSelector("#import input[type=file]"))
          .get(0)
          .sendKeys(bad.toString());
      browser.driver().findElement(By.id("import:name")).sendKeys("Screen " + prefix);
      browser.driver().findElement(By.id("import:version")).sendKeys("1");
      browser.click(browser.driver().findElement(By.id("import:upload")));
      String errors = browser.waitFor(By.id("import:errors")).getText();
      assertTrue(errors.contains("competences file, line 3: competence_code is empty"), errors);
      browser.screenshot("framework-import-refused");
      assertTrue(
          browser.driver().findElements(By.linkText("TA professional standards")).isEmpty(),
          "a SENCO reads the shared frameworks but does not change them");

      // The shared frameworks are the trust lead's to keep.
      browser.driver().manage().deleteAllCookies();
      browser.signIn(base, "trust.lead", DEMO);
      browser.click(browser.waitFor(By.id("menuFrameworks")));
      browser.waitFor(By.id("frameworks:table"));
      browser.screenshot("framework-list-trust-lead");
      browser.click(browser.driver().findElement(By.linkText("TA professional standards")));
      WebElement matrix = browser.waitFor(By.id("matrix"));
      assertTrue(matrix.getText().contains("TAS-05"), "the matrix has the TA standards' columns");
      assertTrue(matrix.getText().contains("Higher-level teaching assistant"));
      List<WebElement> cells = matrix.findElements(By.cssSelector("select.cpd-cell"));
      assertEquals(8 * 12, cells.size(), "8 job roles x 12 competences");
      browser.screenshot("framework-edit-top-trust-lead");
      ((JavascriptExecutor) browser.driver())
          .executeScript("arguments[0].scrollIntoView()", matrix);
      browser.screenshot("framework-edit-matrix-trust-lead");

      browser.click(browser.driver().findElement(By.id("edit:save")));
      browser.waitFor(By.cssSelector(".ui-growl-item"));
      browser.screenshot("framework-edit-saved");
    }
  }
}
