package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Browser;

/**
 * A SENCO saves a dialog while someone else has changed the same record since it opened: the save
 * is refused with who changed what and when, the SENCO's input stays in the dialog, and saving
 * again saves it. Both the staff dialog and the training session dialog, in headless Chromium; the
 * other person's change goes through the API as the administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaleCopyScreensIT {

  static final String ADMIN = AdminEdits.ADMIN;

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
  void theStaffDialogKeepsTheInputOfAStaleSaveAndSavesItTheSecondTime() {
    ApiScene scene = ApiScene.create(base, "Stale screens IT", 1);
    String path = "api/staff/" + scene.tas.get(0);
    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.open(base, "/organisation/staff-list.xhtml");
    browser.click(browser.waitFor(By.cssSelector("button[title='Change Ta000, Tia']")));
    WebElement team = browser.waitFor(By.id("staffForm:team"));

    AdminEdits.change(scene.api, path, "team", Json.createValue("Year 5"));
    team.clear();
    team.sendKeys("Nurture group");
    browser.click(browser.driver().findElement(By.id("staffForm:save")));

    String message = refusal("staffForm");
    assertTrue(message.startsWith("admin changed this record at "), message);
    assertTrue(message.contains("(team)"), message);
    assertTrue(message.contains("Your changes are kept below"), message);
    assertEquals("Nurture group", input("staffForm:team").getAttribute("value"));
    assertEquals("Year 5", AdminEdits.read(scene.api, path).getString("team"), "nothing was saved");
    browser.screenshot("staff-dialog-stale-save");

    browser.click(browser.driver().findElement(By.id("staffForm:save")));
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("staffDialog")));
    assertEquals("Nurture group", AdminEdits.read(scene.api, path).getString("team"));
  }

  @Test
  void theSessionDialogKeepsTheInputOfAStaleSaveAndSavesItTheSecondTime() {
    ApiScene scene = ApiScene.create(base, "Stale screens IT", 1);
    long session = scene.session(45, 6);
    String path = "api/sessions/" + session;
    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.open(base, "/calendar/training-calendar.xhtml");
    browser.waitFor(By.cssSelector(".fc-daygrid-day"));
    By event =
        By.xpath(
            "//*[contains(@class,'cpd-ev-session')][contains(., '" + scene.courseTitle + "')]");
    for (int month = 0; month < 3 && browser.driver().findElements(event).isEmpty(); month++) {
      browser.click(browser.driver().findElement(By.cssSelector(".fc-next-button")));
      browser.waitForAjax();
    }
    browser.click(browser.waitFor(event));
    waiting()
        .until(d -> "Hall".equals(d.findElement(By.id("sessionForm:place")).getAttribute("value")));

    browser.waitForAjax();
    AdminEdits.change(scene.api, path, "place", Json.createValue("Library"));
    // Set as typing would leave it: the dialog's date picker takes the keyboard when it opens.
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = 'Gym'", input("sessionForm:place"));
    save();

    String message = refusal("sessionForm");
    assertTrue(message.startsWith("admin changed this record at "), message);
    assertTrue(message.contains("(place)"), message);
    assertTrue(message.contains("Your changes are kept below"), message);
    assertEquals("Gym", input("sessionForm:place").getAttribute("value"));
    assertEquals(
        "Library", AdminEdits.read(scene.api, path).getString("place"), "nothing was saved");
    browser.screenshot("session-dialog-stale-save");

    save();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessionDialog")));
    assertEquals("Gym", AdminEdits.read(scene.api, path).getString("place"));
  }

  private String refusal(String form) {
    return browser
        .waitFor(By.cssSelector("#" + form + "\\:formMessages .ui-messages-error-summary"))
        .getText();
  }

  // A date picker's panel may cover the button, as in CalendarScreenIT.
  private void save() {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].click()", input("sessionForm:save"));
  }

  private WebElement input(String id) {
    return browser.driver().findElement(By.id(id));
  }

  // The dialog's form is replaced as its Ajax answers arrive: a field read meanwhile is read again.
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }
}
