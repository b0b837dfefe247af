package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;
import static org.sendcpd.testing.WebClient.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.Pages;
import org.sendcpd.testing.WebClient;

/**
 * A teaching assistant logs CPD done elsewhere with a certificate, the SENCO verifies it, and
 * certificates are checked by content, kept from other people and served only as downloads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfLoggedCpdIT {

  static final String DEMO = "oakfield-demo";
  static final String SENCO = "eleanor.shah";
  static final String BROWSER_TA = "marcus.green";
  static final String API_TA = "kwame.asante";
  static final String OTHER_TA = "siobhan.kelly";

  /** Where the IT server keeps certificates: its cpd.data.dir is target/it-data. */
  static final Path EVIDENCE = Path.of("target", "it-data", "evidence");

  static final String PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
          + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
          + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n"
          + "trailer<</Root 1 0 R>>\n%%EOF\n";

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
  void aTeachingAssistantLogsCpdWithACertificateAndTheSencoVerifiesIt() throws IOException {
    String title = "Makaton taster " + UUID.randomUUID().toString().substring(0, 6);
    Path certificate = Files.createTempFile(Path.of("target", "tmp"), "makaton-", ".pdf");
    Files.writeString(certificate, PDF, StandardCharsets.US_ASCII);

    browser.signIn(base, BROWSER_TA, DEMO);
    browser.click(browser.waitFor(By.id("logCpd")));
    browser.screenshot("log-cpd-empty");
    browser.waitFor(By.id("log:title")).sendKeys(title);
    browser.driver().findElement(By.id("log:provider")).sendKeys("Makaton Charity");
    WebElement date = browser.driver().findElement(By.id("log:completedOn_input"));
    date.sendKeys(LocalDate.now().minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    browser.driver().findElement(By.cssSelector("h1.cpd-title")).click(); // closes the calendar
    browser.driver().findElement(By.id("log:hours_input")).sendKeys("3");
    choose("[id$=':0:competence']", "CI-04");
    choose("[id$=':0:level']", "Universal");
    browser
        .driver()
        .findElement(By.id("log:reflection"))
        .sendKeys("I sign key words with two pupils in Year 3 at snack time.");
    browser
        .driver()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(certificate.toAbsolutePath().toString());
    browser.screenshot("log-cpd-filled-in");
    browser.click(browser.driver().findElement(By.id("log:save")));

    WebElement row = rowWith("#records\\:table_data tr", title);
    assertTrue(row.getText().contains("Awaiting verification"), row.getText());
    assertTrue(row.getText().contains("makaton-"), "the certificate is linked: " + row.getText());
    browser.screenshot("my-cpd-logged-awaiting-verification");

    browser.driver().manage().deleteAllCookies();
    browser.signIn(base, SENCO, DEMO);
    browser.open(base, "/training/verification-queue.xhtml");
    WebElement pending = rowWith("#queue\\:table_data tr", title);
    assertTrue(pending.getText().contains("CI-04 Universal"), pending.getText());
    assertTrue(pending.getText().contains("Marcus Green"), pending.getText());
    assertTrue(pending.getText().contains("snack time"), pending.getText());
    browser.screenshot("verification-queue-pending");
    browser.click(pending.findElement(By.cssSelector("button[id$=':verify']")));
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(
            ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("queue:table"), title)));
    browser.screenshot("verification-queue-verified");

    browser.driver().manage().deleteAllCookies();
    browser.signIn(base, BROWSER_TA, DEMO);
    WebElement verified = rowWith("#records\\:table_data tr", title);
    assertTrue(verified.getText().contains("Verified"), verified.getText());
    browser.screenshot("my-cpd-verified");
  }

  @Test
  void aProgramRenamedToPdfIsRefusedAndNothingIsStored() throws IOException {
    WebClient api = new WebClient(base);
    JsonObject record = logByApi(api, API_TA);
    long id = record.getJsonNumber("id").longValue();
    long filesBefore = evidenceFiles();

    HttpResponse<String> refused =
        upload(api, API_TA, id, "certificate.pdf", "application/pdf", "MZ\u0090\u0000 program");

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(json(refused).getString("error").contains("Only PDF, PNG or JPEG"), refused.body());
    assertTrue(refused.body().contains("Windows program"), refused.body());
    JsonObject after = json(api.get("api/cpd-records/" + id, "Authorization", basic(API_TA, DEMO)));
    assertTrue(after.getJsonArray("evidence").isEmpty(), after.toString());
    assertEquals(filesBefore, evidenceFiles(), "no file was left in the evidence folder");
  }

  @Test
  void certificatesDownloadAsAttachmentsOnlyForThoseAllowed() {
    WebClient api = new WebClient(base);
    long id = logByApi(api, API_TA).getJsonNumber("id").longValue();
    HttpResponse<String> uploaded = upload(api, API_TA, id, "cert;x.pdf", "text/plain", PDF);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    String href = json(uploaded).getString("href").substring(1);

    HttpResponse<String> download = api.get(href, "Authorization", basic(API_TA, DEMO));
    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        "attachment; filename=\"cert_x.pdf\"",
        download.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(download.body().startsWith("%PDF-"));

    String other = basic(OTHER_TA, DEMO);
    assertEquals(403, api.get("api/cpd-records/" + id, "Authorization", other).statusCode());
    assertEquals(403, api.get(href, "Authorization", other).statusCode());
    assertEquals(
        200, api.get(href, "Authorization", basic(SENCO, DEMO)).statusCode(), "the SENCO may");
  }

  @Test
  void theSencoRejectsOnlyWithAReasonAndDecidesOnce() {
    WebClient api = new WebClient(base);
    long id = logByApi(api, API_TA).getJsonNumber("id").longValue();
    String senco = basic(SENCO, DEMO);
    String path = "api/cpd-records/" + id;

    assertEquals(
        403,
        api.send(
                "POST",
                path + "/verify",
                "application/json",
                "",
                "Authorization",
                basic(API_TA, DEMO))
            .statusCode());
    HttpResponse<String> noReason =
        api.send(
            "POST",
            path + "/reject",
            "application/json",
            "{\"reason\":\" \"}",
            "Authorization",
            senco);
    assertEquals(400, noReason.statusCode(), noReason.body());
    HttpResponse<String> rejected =
        api.send(
            "POST",
            path + "/reject",
            "application/json",
            "{\"reason\":\"The certificate is for level 1, not 2\"}",
            "Authorization",
            senco);
    assertEquals(200, rejected.statusCode(), rejected.body());
    assertEquals("REJECTED", json(rejected).getString("status"));
    assertEquals(
        409,
        api.send("POST", path + "/verify", "application/json", "", "Authorization", senco)
            .statusCode());
  }

  @Test
  void aLedgerPagesNewestFirstWithATotal() {
    WebClient api = new WebClient(base);
    logByApi(api, API_TA);
    long staffId =
        json(api.get("api/me", "Authorization", basic(API_TA, DEMO)))
            .getJsonNumber("staffId")
            .longValue();
    String senco = basic(SENCO, DEMO);
    String ledger = "api/cpd-records?staffId=" + staffId;
    HttpResponse<String> whole = api.get(ledger + "&size=500", "Authorization", senco);
    assertEquals(200, whole.statusCode(), whole.body());
    long total = Pages.total(whole);
    assertTrue(total >= 1);
    JsonArray all = Pages.array(whole.body());
    assertEquals(total, all.size());
    assertEquals(all, Pages.all(api, ledger, 2, "Authorization", senco), "pages of 2, joined");
    List<String> dates = all.stream().map(r -> r.asJsonObject().getString("completedOn")).toList();
    assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, "newest first");
    assertEquals(
        Pages.total(api.get("api/cpd-records", "Authorization", basic(API_TA, DEMO))),
        total,
        "one's own ledger without staffId");
    assertEquals(400, api.get(ledger + "&size=0", "Authorization", senco).statusCode());
    assertEquals(400, api.get(ledger + "&page=x", "Authorization", senco).statusCode());
  }

  JsonObject logByApi(WebClient api, String username) {
    String body =
        Json.createObjectBuilder()
            .add("title", "Attention Autism session")
            .add("provider", "County outreach")
            .add("delivery", "SPECIALIST_EXTERNAL")
            .add("completedOn", LocalDate.now().minusDays(7).toString())
            .add("hours", 2.5)
            .add(
                "outcomes",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("competenceCode", "CI-02").add("level", 2)))
            .add("reflection", "Bucket time works with my group")
            .build()
            .toString();
    HttpResponse<String> created =
        api.send(
            "POST",
            "api/cpd-records",
            "application/json",
            body,
            "Authorization",
            basic(username, DEMO));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject record = json(created);
    assertEquals("SELF_LOGGED", record.getString("status"));
    return record;
  }

  static HttpResponse<String> upload(
      WebClient api, String username, long id, String name, String type, String content) {
    String boundary = "----cpd" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\n"
            + "Content-Type: "
            + type
            + "\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "--\r\n";
    return api.send(
        "POST",
        "api/cpd-records/" + id + "/evidence",
        "multipart/form-data; boundary=" + boundary,
        body,
        "Authorization",
        basic(username, DEMO));
  }

  static long evidenceFiles() throws IOException {
    if (!Files.isDirectory(EVIDENCE)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(EVIDENCE)) {
      return files.count();
    }
  }

  /**
   * Picks the first option whose label starts with the text through the menu's PrimeFaces widget,
   * as a change by hand would (its Ajax included); clicking overlay items raced the level menu's
   * re-render on a loaded machine.
   */
  void choose(String menuCss, String labelStart) {
    browser.waitForAjax();
    browser.waitFor(By.cssSelector(menuCss));
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(45))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "var menu = PrimeFaces.getWidgetById("
                                + "document.querySelector(arguments[0]).id);"
                                + " var label = arguments[1];"
                                + " var option = menu && Array.prototype.find.call("
                                + "menu.input[0].options,"
                                + " function (o) { return o.text.indexOf(label) === 0; });"
                                + " if (!option) { return false; }"
                                + " menu.selectValue(option.value); menu.triggerChange();"
                                + " return true;",
                            menuCss,
                            labelStart)));
    browser.waitForAjax();
  }

  WebElement rowWith(String rowsCss, String text) {
    return new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector(rowsCss)).stream()
                    .filter(r -> r.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }
}
