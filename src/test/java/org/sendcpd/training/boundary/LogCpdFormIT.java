package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Browser;

/**
 * The CPD log form when a save fails: each message shows once, at its field, and the certificate
 * chosen before stays chosen, so the second save keeps it; the record then waits in the SENCO's own
 * queue, where it says who may verify it. The person logging is the SENCO of a school this class
 * makes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogCpdFormIT {

  static final String NO_TITLE = "Give the training a title.";

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
  void aFailedSaveSaysWhyOnceAndKeepsTheCertificate() throws IOException {
    ApiScene scene = ApiScene.create(base, "Log form IT", 1);
    Files.createDirectories(Path.of("target", "tmp"));
    Path certificate = Files.createTempFile(Path.of("target", "tmp"), "first-aid-", ".pdf");
    Files.writeString(certificate, SelfLoggedCpdIT.PDF, StandardCharsets.US_ASCII);

    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.click(browser.waitFor(By.id("menuLogCpd")));
    browser.waitFor(By.id("log:title"));
    WebElement date = browser.driver().findElement(By.id("log:completedOn_input"));
    date.sendKeys(LocalDate.now().minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    browser.driver().findElement(By.id("log:hours_input")).sendKeys("6");
    browser
        .driver()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(certificate.toAbsolutePath().toString());
    browser.click(browser.driver().findElement(By.id("log:save")));

    WebElement kept = browser.waitFor(By.id("log:keptCertificate"));
    assertTrue(kept.getText().contains(certificate.getFileName().toString()), kept.getText());
    String page = browser.driver().findElement(By.tagName("body")).getText();
    assertEquals(1, page.split(NO_TITLE, -1).length - 1, "the message shows once: " + page);
    browser.screenshot("log-cpd-failed-save-keeps-certificate");

    String title = "Paediatric first aid " + scene.courseTitle.substring(12);
    browser.driver().findElement(By.id("log:title")).sendKeys(title);
    browser.click(browser.driver().findElement(By.id("log:save")));
    WebElement row =
        browser.waitFor(By.xpath("//*[@id='records:table_data']/tr[contains(., '" + title + "')]"));
    assertTrue(
        row.getText().contains(certificate.getFileName().toString()),
        "the kept certificate is saved with the record: " + row.getText());

    // the SENCO's own record waits in their queue for someone else to verify
    browser.click(browser.waitFor(By.id("menuVerification")));
    WebElement pending =
        browser.waitFor(By.xpath("//*[@id='queue:table_data']/tr[contains(., '" + title + "')]"));
    assertTrue(
        pending
            .getText()
            .contains("You cannot verify your own record; another SENCO or the head must."),
        pending.getText());
    assertTrue(
        pending.findElements(By.cssSelector("button[id$=':verify']")).isEmpty(),
        "no Verify button");
  }
}
