package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sendcpd.testing.Browser;

/** A teaching assistant signs in and reads their own CPD record, and no one else's. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyCpdIT {

  static final String TA = "ellie.robinson";
  static final String DEMO_PASSWORD = "oakfield-demo";

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
  void aTeachingAssistantSeesTheirOwnRecordsWithStatusAndExpiry() {
    browser.signIn(base, TA, DEMO_PASSWORD);
    browser.waitFor(By.id("records:table"));

    assertTrue(browser.driver().getCurrentUrl().endsWith("/training/my-cpd.xhtml"));
    assertEquals("My CPD", browser.driver().findElement(By.cssSelector("h1.cpd-title")).getText());
    assertTrue(
        browser.driver().findElement(By.id("signed-in-as")).getText().contains("Ellie Robinson"));

    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("#records\\:table_data tr[data-ri]"));
    assertFalse(rows.isEmpty(), "the demo TA has CPD records");
    String table = browser.driver().findElement(By.id("records:table")).getText();
    assertTrue(table.contains("Verified"), table);
    assertTrue(table.matches("(?s).*\\d{2}/\\d{2}/\\d{4}.*"), "dates are dd/MM/yyyy");
    assertTrue(
        Integer.parseInt(browser.driver().findElement(By.id("stat-verified")).getText()) > 0);

    // The menu offers a TA their own record, not the school's staff list.
    assertTrue(browser.driver().findElements(By.id("menuStaff")).isEmpty());
    browser.screenshot("my-cpd-teaching-assistant");
  }

  @Test
  void aTeachingAssistantCannotOpenTheStaffList() {
    browser.signIn(base, TA, DEMO_PASSWORD);
    browser.open(base, "/organisation/staff-list.xhtml");
    WebElement error = browser.waitFor(By.id("error-403"));
    assertTrue(error.getText().contains("Not yours to see"));
    browser.screenshot("staff-list-refused-for-ta");
  }
}
