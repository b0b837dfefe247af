package org.sendcpd.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * Reports as downloads: the API's files with their type and name, its refusals, and the screens'
 * session downloads (Reports for the SENCO, My CPD for a teaching assistant).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

  static final String SENCO = "eleanor.shah";
  static final String TA = "ellie.robinson";
  static final String DEMO = "oakfield-demo";
  static final String DATE = "2026-11-23";

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

  HttpResponse<byte[]> download(String path, String user) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(new WebClient(base).uri(path))
            .header("Authorization", basic(user, DEMO))
            .timeout(Duration.ofSeconds(120))
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theSencoDownloadsEverySchoolReportInEveryFormat() throws Exception {
    for (String report :
        new String[] {"training-gap", "capacity", "expiries", "sen-information", "self-review"}) {
      for (String ext : new String[] {"pdf", "xlsx"}) {
        long start = System.nanoTime();
        HttpResponse<byte[]> file =
            download("api/reports/" + report + "." + ext + "?date=" + DATE, SENCO);
        System.out.printf("IT %s.%s %d ms%n", report, ext, (System.nanoTime() - start) / 1_000_000);
        assertEquals(200, file.statusCode(), report + "." + ext);
        assertEquals(
            "attachment; filename=\"oakfield-primary-school-"
                + report
                + "-"
                + DATE
                + "."
                + ext
                + "\"",
            file.headers().firstValue("Content-Disposition").orElseThrow());
        String magic = new String(file.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(ext.equals("pdf") ? "%PDF" : "PK\u0003\u0004", magic);
      }
    }
    HttpResponse<byte[]> pdf = download("api/reports/capacity.pdf?date=" + DATE, SENCO);
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    HttpResponse<byte[]> xlsx = download("api/reports/training-gap.xlsx?date=" + DATE, SENCO);
    assertTrue(
        xlsx.headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/vnd.openxmlformats"));
  }

  @Test
  void theMatricesComeAsCsv() throws Exception {
    HttpResponse<byte[]> csv = download("api/reports/training-gap.csv?date=" + DATE, SENCO);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFName,Job role,"), text.substring(0, 40));
    assertTrue(text.contains("Ellie Robinson"));
    assertEquals(200, download("api/reports/capacity.csv?date=" + DATE, SENCO).statusCode());
  }

  @Test
  void unknownReportsAreNotFoundAndBadParametersAreRefused() throws Exception {
    assertEquals(404, download("api/reports/payroll.pdf", SENCO).statusCode());
    assertEquals(400, download("api/reports/capacity.docx", SENCO).statusCode());
    assertEquals(400, download("api/reports/expiries.csv", SENCO).statusCode());
    assertEquals(400, download("api/reports/capacity.pdf?date=23/11/2026", SENCO).statusCode());
    assertEquals(404, download("api/reports/cpd-record.pdf?staffId=999999", SENCO).statusCode());
  }

  @Test
  void aTeachingAssistantGetsTheirOwnRecordAndNoOneElses() throws Exception {
    WebClient api = new WebClient(base);
    long senco =
        WebClient.json(api.get("api/me", "Authorization", basic(SENCO, DEMO)))
            .getJsonNumber("staffId")
            .longValue();
    long ta =
        WebClient.json(api.get("api/me", "Authorization", basic(TA, DEMO)))
            .getJsonNumber("staffId")
            .longValue();
    HttpResponse<byte[]> own = download("api/reports/cpd-record.pdf", TA);
    assertEquals(200, own.statusCode());
    assertEquals(
        "attachment; filename=\"oakfield-primary-school-cpd-record-"
            + java.time.LocalDate.now()
            + ".pdf\"",
        own.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals(
        200,
        download("api/reports/cpd-record.xlsx?staffId=" + ta + "&date=" + DATE, TA).statusCode());
    assertEquals(403, download("api/reports/cpd-record.pdf?staffId=" + senco, TA).statusCode());
    assertEquals(403, download("api/reports/training-gap.pdf", TA).statusCode());
    assertEquals(200, download("api/reports/cpd-record.pdf?staffId=" + ta, SENCO).statusCode());
  }

  @Test
  void theSencoDownloadsFromTheReportsScreen() throws Exception {
    Path folder = downloadsTo(browser, "senco");
    browser.signIn(base, SENCO, DEMO);
    browser.open(base, "/reports/reports.xhtml");
    browser.waitFor(By.id("reports:download"));
    browser.screenshot("reports-screen");
    browser.click(browser.driver().findElement(By.cssSelector("label[for='reports:report:1']")));
    browser.waitFor(By.id("reports:download"));
    // the choice re-renders the form: a radio found just before the update may be gone
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(45))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("reports:report:1")).isSelected());
    browser.waitForAjax();
    // a second click on the format already chosen keeps it chosen (it used to clear it: a 500)
    browser.click(browser.driver().findElement(By.cssSelector("label[for='reports:format:0']")));
    assertTrue(browser.driver().findElement(By.id("reports:format:0")).isSelected(), "PDF chosen");
    browser.waitForAjax();
    browser.click(browser.driver().findElement(By.id("reports:download")));
    Path file = awaitFile(browser, folder, "oakfield-primary-school-capacity-");
    assertTrue(Files.size(file) > 1000);
    assertTrue(file.getFileName().toString().endsWith(".pdf"), file.toString());
  }

  @Test
  void aTeachingAssistantDownloadsTheirCpdRecordFromMyCpd() throws Exception {
    Path folder = downloadsTo(browser, "ta");
    browser.signIn(base, TA, DEMO);
    browser.waitFor(By.id("myCpdActions:downloadPdf"));
    browser.screenshot("my-cpd-download-button");
    assertTrue(browser.driver().findElements(By.id("menuReports")).isEmpty());
    browser.click(browser.driver().findElement(By.id("myCpdActions:downloadPdf")));
    Path file = awaitFile(browser, folder, "oakfield-primary-school-cpd-record-");
    assertTrue(
        new String(Files.readAllBytes(file), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)
            .equals("%PDF"));
  }

  /** Lets headless Chromium save downloads into a fresh folder. */
  static Path downloadsTo(Browser browser, String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "downloads", name)).toAbsolutePath();
    try (var old = Files.list(folder)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    return folder;
  }

  static Path awaitFile(Browser browser, Path folder, String prefix) {
    return browser.awaitDownload(folder, prefix);
  }
}
