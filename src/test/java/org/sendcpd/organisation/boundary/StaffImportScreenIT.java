package org.sendcpd.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.JavascriptExecutor;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.Pages;
import org.sendcpd.testing.WebClient;

/**
 * The SENCO uploads their MIS's staff export on the staff list; a line with a post we cannot read
 * is named and nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffImportScreenIT {

  static final String SENCO = "eleanor.shah";
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

  @Test
  void aBromcomExportWithAnUnknownPostIsRefusedLineByLine() throws IOException {
    int before = staffCount();
    Path export = Files.createTempFile(Path.of("target", "tmp"), "bromcom-", ".csv");
    Files.writeString(
        export,
        "Preferred Forename,Preferred Surname,Email,Staff Type\n"
            + "Ann,Lee,ann.lee@oakfield-import.example,Teaching Assistant\n"
            + "Bo,Chan,bo.chan@oakfield-import.example,Wizard\n",
        StandardCharsets.UTF_8);

    browser.signIn(base, SENCO, DEMO);
    browser.open(base, "/organisation/staff-list.xhtml");
    browser.click(browser.waitFor(By.id("importPanelSummary")));
    browser.waitFor(By.id("import:upload"));
    browser.screenshot("staff-import-open");
    ((JavascriptExecutor) browser.driver())
        .executeScript("PF('importPreset').selectValue('BROMCOM');");
    browser
        .driver()
        .findElement(By.cssSelector("#import input[type=file]"))
        .sendKeys(export.toAbsolutePath().toString());
    browser.click(browser.driver().findElement(By.id("import:upload")));

    String errors = browser.waitFor(By.id("import:errors")).getText();
    assertTrue(errors.contains("Line 3: job_role 'Wizard'"), errors);
    browser.screenshot("staff-import-refused");
    assertEquals(before, staffCount(), "nothing was saved");
  }

  int staffCount() {
    return (int)
        Pages.total(new WebClient(base).get("api/staff", "Authorization", basic(SENCO, DEMO)));
  }
}
