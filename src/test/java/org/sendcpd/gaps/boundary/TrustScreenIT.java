package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;

/**
 * The trust lead's start page compares the three demo schools and finds a specialist in another
 * school; the reports screen makes the trust's capacity report in the background and offers it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustScreenIT {

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

  private WebDriverWait waiting() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
  }

  @Test
  void theTrustLeadComparesTheSchoolsAndFindsASpecialistElsewhere() {
    browser.signIn(base, "trust.lead", DEMO);
    browser.waitFor(By.id("schools"));
    assertTrue(browser.driver().getCurrentUrl().contains("/gaps/trust.xhtml"), "the start page");
    String table = browser.driver().findElement(By.id("schools")).getText();
    for (String school :
        new String[] {
          "Oakfield Primary School", "Riverside Academy", "Willow Brook Primary School"
        }) {
      assertTrue(table.contains(school), school);
    }
    assertTrue(
        Integer.parseInt(browser.driver().findElement(By.id("schoolCount")).getText()) >= 3,
        "the demo's three schools and any a test added");
    browser.screenshot("trust-view");
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('expertise').scrollIntoView();");
    browser.screenshot("trust-finder-empty");

    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var menu = PF('competenceMenu'); menu.selectValue('SP-02'); menu.triggerChange();");
    browser.waitForAjax();
    assertEquals(
        "Specialist",
        ((JavascriptExecutor) browser.driver())
            .executeScript("return PF('levelMenu').getSelectedLabel();"));
    browser.click(browser.driver().findElement(By.id("finder:find")));
    browser.waitForAjax();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("finder:experts"), "Grace"));
    String experts = browser.driver().findElement(By.id("finder:experts")).getText();
    assertTrue(experts.contains("Grace O'Neill"), experts);
    assertTrue(experts.contains("Riverside Academy"), experts);
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('expertise').scrollIntoView();");
    browser.screenshot("trust-expertise-finder");
  }

  @Test
  void onALaptopScreenEveryColumnOfTheTrustTableCanBeReached() {
    Dimension before = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    try {
      browser.signIn(base, "trust.lead", DEMO);
      browser.waitFor(By.id("schools"));
      java.util.List<WebElement> heads =
          browser.driver().findElements(By.cssSelector("#schools thead th"));
      WebElement last = heads.get(heads.size() - 1);
      assertEquals("CPD spend", last.getText().trim());
      // scrolled into view (inside the table's own scrolling box), the column is not cut off
      assertEquals(
          Boolean.TRUE,
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "var e = arguments[0]; e.scrollIntoView({block: 'center', inline: 'center'});"
                      + " var r = e.getBoundingClientRect();"
                      + " var hit = document.elementFromPoint(r.right - 2, r.top + r.height / 2);"
                      + " return r.right <= window.innerWidth && hit !== null"
                      + " && (hit === e || e.contains(hit));",
                  last),
          "the last column shows whole at 1366 px");
      assertTrue(
          (Long)
                  ((JavascriptExecutor) browser.driver())
                      .executeScript("return document.documentElement.scrollWidth;")
              <= 1366,
          "the page itself does not run off the screen");
      browser.screenshot("trust-view-1366");
    } finally {
      browser.driver().manage().window().setSize(before);
    }
  }

  @Test
  void theTrustReportRunsInTheBackgroundAndDownloads() throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "downloads", "trust")).toAbsolutePath();
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
    browser.click(browser.waitFor(By.id("trustReport:runTrust")));
    browser.waitForAjax();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("trustFileName")));
    assertEquals(
        "trust-capacity-" + LocalDate.now() + ".pdf",
        browser.driver().findElement(By.id("trustFileName")).getText());
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('trustFileName').scrollIntoView();");
    browser.screenshot("trust-report-ready");
    browser.click(browser.driver().findElement(By.id("trustReport:downloadTrust")));
    Path file = browser.awaitDownload(folder, "trust-capacity-");
    assertTrue(Files.size(file) > 1000);
  }
}
