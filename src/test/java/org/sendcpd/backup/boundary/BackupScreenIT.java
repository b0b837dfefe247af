package org.sendcpd.backup.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * The administrator opens Backups from the menu, backs up now and sees the backup listed; a SENCO
 * who types the address gets the 403 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupScreenIT {

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
  void theAdministratorBacksUpFromTheMenu() {
    browser.signIn(base, "admin", TestDeployments.ADMIN_PASSWORD);
    browser.click(browser.waitFor(By.cssSelector("nav.cpd-menu a[href$='/backup/backups.xhtml']")));
    waitLong().until(ExpectedConditions.urlContains("/backup/backups"));
    browser.waitFor(By.cssSelector("h1.cpd-title, .cpd-error"));
    assertNoErrorPage();

    browser.click(browser.waitFor(By.id("backups:takeNow")));
    browser.waitForAjax();
    assertNoErrorPage();
    String text =
        browser.waitFor(By.cssSelector("#backups\\:messages .ui-messages-info")).getText();
    assertTrue(text.matches("(?s).*Backup backup-\\d{4}-\\d{2}-\\d{2}-\\d{6}.* taken.*"), text);
    String name = text.replaceAll("(?s).*(backup-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?).*", "$1");
    waitLong()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("backups:table"), name));
    browser.screenshot("backups-taken");
  }

  @Test
  void aSencoIsRefusedTheScreen() {
    WebClient senco = new WebClient(base);
    senco.signIn("eleanor.shah", "oakfield-demo");
    HttpResponse<String> page = senco.get("backup/backups.xhtml");
    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains("error-403"), page.body());
  }

  private WebDriverWait waitLong() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(45));
  }

  /** The error pages (403, 404, 500, expired) all carry cpd-error; the screen's title is ours. */
  private void assertNoErrorPage() {
    assertTrue(
        browser.driver().findElements(By.cssSelector(".cpd-error")).isEmpty(),
        browser.driver().getTitle());
    assertTrue(browser.driver().getTitle().startsWith("Backups"), browser.driver().getTitle());
  }
}
