package org.sendcpd.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sendcpd.testing.Browser;

/**
 * The session reports on the screens: the sign-in sheet and the attendees' certificates on a
 * session's register page, a certificate of attendance on My CPD, and the calendar on Reports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionReportScreensIT {

  static final String DEMO = "oakfield-demo";

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

  /** A delivered in-house session of the demo with someone marked present. */
  long deliveredInHouseSession() {
    SessionReportsApi api = new SessionReportsApi(base);
    return api.delivered().stream()
        .filter(api::inHouse)
        .filter(
            s ->
                api.bookings(s.getJsonNumber("id").longValue()).stream()
                    .anyMatch(b -> b.getString("status").equals("ATTENDED")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void theSencoPrintsTheSheetAndACertificateFromTheRegister() throws Exception {
    Path folder = ReportsIT.downloadsTo(browser, "register");
    browser.signIn(base, "eleanor.shah", DEMO);
    browser.open(base, "/training/session-register.xhtml?id=" + deliveredInHouseSession());
    browser.waitFor(By.id("sheetActions:sheetPdf"));
    browser.screenshot("session-register-reports");
    browser.click(browser.driver().findElement(By.id("sheetActions:sheetPdf")));
    Path sheet = ReportsIT.awaitFile(browser, folder, "oakfield-primary-school-register-");
    assertTrue(Files.size(sheet) > 1000);
    browser.click(browser.driver().findElements(By.cssSelector("a[id$=':certificate']")).get(0));
    Path certificate = ReportsIT.awaitFile(browser, folder, "oakfield-primary-school-certificate-");
    assertTrue(certificate.getFileName().toString().endsWith(".pdf"), certificate.toString());
  }

  @Test
  void aTeachingAssistantDownloadsTheirCertificateFromMyCpd() throws Exception {
    Path folder = ReportsIT.downloadsTo(browser, "my-certificate");
    browser.signIn(base, "ellie.robinson", DEMO);
    browser.open(base, "/training/my-cpd.xhtml");
    browser.waitFor(By.cssSelector("a[id$=':attendance']"));
    browser.screenshot("my-cpd-certificate");
    browser.click(browser.driver().findElements(By.cssSelector("a[id$=':attendance']")).get(0));
    Path file =
        ReportsIT.awaitFile(browser, folder, "oakfield-primary-school-certificate-ellie-robinson-");
    assertTrue(Files.size(file) > 1000);
  }

  @Test
  void theReportsScreenOffersTheTermCalendar() throws Exception {
    Path folder = ReportsIT.downloadsTo(browser, "calendar");
    browser.signIn(base, "eleanor.shah", DEMO);
    browser.open(base, "/reports/reports.xhtml");
    browser.waitFor(By.id("reports:download"));
    // by its words, not its place: the list grows as reports are added
    By calendar =
        By.xpath(
            "//label[starts-with(@for, 'reports:report:')]"
                + "[starts-with(normalize-space(.), 'Training calendar')]");
    assertFalse(browser.driver().findElements(calendar).isEmpty());
    browser.click(browser.driver().findElement(calendar));
    browser.waitForAjax();
    browser.screenshot("reports-calendar");
    browser.click(browser.driver().findElement(By.id("reports:download")));
    Path file = ReportsIT.awaitFile(browser, folder, "oakfield-primary-school-calendar-");
    assertTrue(file.getFileName().toString().endsWith(".pdf"), file.toString());
  }
}
