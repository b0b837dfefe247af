package org.sendcpd.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.Pages;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * A school above the large-report bound (500 support staff x the installation's competences): the
 * Reports screen makes its training-gap report in the background, shows the job and offers the
 * file, and the API answers the same report from its spooled file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LargeSchoolReportIT {

  static final String DEMO = "oakfield-demo";
  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);
  static final int STAFF = 500;

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
  void aLargeSchoolsReportIsMadeInTheBackgroundAndDownloads() throws Exception {
    WebClient web = new WebClient(base);
    String urn = String.valueOf(100000 + (int) (Math.random() * 899999));
    String name = "Large IT school " + urn;
    long school = newSchool(web, name, urn);
    StringBuilder csv =
        new StringBuilder(
            "first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email\n");
    for (int n = 0; n < STAFF; n++) {
      csv.append("P" + n + ",Staff,p" + n + "." + urn + "@large.example,SUPPORT,Office,1,,,\n");
    }
    HttpResponse<String> imported =
        web.send(
            "POST",
            "api/staff/import?schoolId=" + school,
            "text/csv",
            csv.toString(),
            "Authorization",
            ADMIN);
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(
        STAFF, Pages.total(web.get("api/staff?schoolId=" + school, "Authorization", ADMIN)));

    Path folder = Files.createDirectories(Path.of("target", "downloads", "large")).toAbsolutePath();
    try (var old = Files.list(folder)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    browser.signIn(base, "trust.lead", DEMO);
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", folder.toString()));
    browser.open(base, "/reports/reports.xhtml");
    browser.waitFor(By.id("reports:school"));
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "PrimeFaces.widgets['widget_reports_school'].selectValue(arguments[0]);", school);
    browser.waitForAjax();
    browser.click(browser.waitFor(By.id("reports:download")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("schoolFileName")));
    String slug = "large-it-school-" + urn + "-training-gap-";
    assertEquals(
        slug + LocalDate.now() + ".pdf",
        browser.driver().findElement(By.id("schoolFileName")).getText());
    assertTrue(
        browser.driver().findElement(By.id("reports:messages")).getText().contains("large"),
        "the page says why the report is made in the background");
    browser.screenshot("large-school-report-ready");
    browser.click(browser.driver().findElement(By.id("schoolReport:downloadSchool")));
    Path file = browser.awaitDownload(folder, slug);
    assertTrue(
        new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));

    HttpResponse<byte[]> api = download("api/reports/training-gap.pdf?schoolId=" + school);
    assertEquals(200, api.statusCode());
    assertEquals(
        "attachment; filename=\"" + slug + LocalDate.now() + ".pdf\"",
        api.headers().firstValue("Content-Disposition").orElse(""));
    assertTrue(new String(api.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
  }

  private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(new WebClient(base).uri(path))
            .header("Authorization", basic("trust.lead", DEMO))
            .timeout(Duration.ofSeconds(120))
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static long newSchool(WebClient web, String name, String urn) {
    HttpResponse<String> response =
        web.send(
            "POST",
            "api/schools",
            "application/json",
            "{\"name\":\"" + name + "\",\"urn\":\"" + urn + "\",\"phase\":\"SECONDARY\"}",
            "Authorization",
            ADMIN);
    assertEquals(201, response.statusCode(), response.body());
    return WebClient.json(response).getJsonNumber("id").longValue();
  }
}
