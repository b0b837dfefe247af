package org.sendcpd.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The observation and self-assessment journeys in a browser, each page and dialog checked with axe:
 * a line manager records what they saw and the TA's gap turns MET; a TA rates their confidence and
 * sees it beside the unchanged standing in My gaps; the SENCO sees the two lists.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservationScreensIT {

  /** A TA-standard competence no course in a new school closes. */
  static final String EXPECTATIONS = "TAS-01";

  static final String REFLECTS = "TAS-03";

  @ArquillianResource URL base;

  static Browser browser;
  PracticeScene scene;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void freshSchool() {
    scene = new PracticeScene(new WebClient(base));
  }

  private WebElement menu(String id) {
    WebElement link = browser.waitFor(By.id(id));
    browser.click(link);
    browser.waitForAjax();
    return link;
  }

  private WebElement row(String table, String code) {
    return browser.waitFor(By.cssSelector("#" + table + " tr[data-code='" + code + "']"));
  }

  private void waitUntil(By locator, String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  @Test
  void aLineManagerRecordsAnObservationAndTheGapTurnsMet() {
    browser.signIn(base, scene.managerUser, PracticeScene.PASSWORD);
    menu("menuObservations");
    assertTrue(browser.driver().getCurrentUrl().contains("/assessment/observations"));

    Select person = new Select(browser.waitFor(By.id("staff")));
    person.selectByValue(String.valueOf(scene.ta));
    browser.click(browser.driver().findElement(By.id("show")));
    browser.waitForAjax();
    By status = By.cssSelector("#asked tr[data-code='" + EXPECTATIONS + "'] .cpd-standing-status");
    waitUntil(status, "Gap");

    browser.click(row("asked", EXPECTATIONS).findElement(By.cssSelector(".cpd-observe")));
    browser.waitForAjax();
    WebElement note = browser.waitFor(By.id("observationForm:note"));
    assertTrue(
        browser.driver().findElement(By.id("competence")).getText().startsWith(EXPECTATIONS));
    assertEquals(
        "Established",
        new Select(browser.driver().findElement(By.id("observationForm:level")))
            .getFirstSelectedOption()
            .getText());
    note.sendKeys("Kept every pupil taking part and calmly settled one who was upset.");
    browser.click(browser.driver().findElement(By.id("observationForm:save")));
    browser.waitForAjax();

    waitUntil(status, "Met");
    WebElement seen = browser.waitFor(By.cssSelector("#seen tr.cpd-observation"));
    assertTrue(seen.getText().contains(EXPECTATIONS), seen.getText());
    assertTrue(seen.getText().contains("Lena Lane"), seen.getText());
    browser.checkAccessibility();
    browser.screenshot("observation-recorded");

    // the TA finds it in My CPD, verified evidence seen in practice
    browser.signIn(base, scene.taUser, PracticeScene.PASSWORD);
    WebElement mine = browser.waitFor(By.cssSelector("#practice tr.cpd-observation"));
    assertTrue(mine.getText().contains(EXPECTATIONS), mine.getText());
    assertTrue(mine.getText().contains("Kept every pupil taking part"), mine.getText());
  }

  @Test
  void aTeachingAssistantRatesTheirConfidenceAndSeesItBesideAnUnchangedGap() {
    browser.signIn(base, scene.taUser, PracticeScene.PASSWORD);
    assertTrue(
        browser.waitFor(By.id("ratingPrompt")).getText().contains("not rated your confidence"));
    menu("menuSelfAssessment");
    WebElement reflects = row("asked", REFLECTS);
    String heldBefore = reflects.findElement(By.cssSelector(".cpd-held")).getText();
    new Select(reflects.findElement(By.cssSelector("select.cpd-rating"))).selectByValue("3");
    browser.click(browser.driver().findElement(By.id("ratings:save")));
    browser.waitForAjax();
    browser.waitFor(By.id("ratings:lastRated"));
    assertEquals(
        heldBefore, row("asked", REFLECTS).findElement(By.cssSelector(".cpd-held")).getText());

    menu("menuMyGaps");
    WebElement item = myGapsRow(REFLECTS);
    assertTrue(item.getText().contains("3 · confident"), item.getText());
    assertTrue(item.getText().contains("nothing yet"), "still holds nothing: " + item.getText());
    assertTrue(item.getText().contains("short"), "still a gap: " + item.getText());
    assertTrue(browser.driver().findElements(By.id("ratingPrompt")).isEmpty());
    browser.screenshot("my-gaps-with-confidence");
  }

  /** The row of My gaps for the competence, paging on when it is not on the page shown. */
  private WebElement myGapsRow(String code) {
    browser.waitFor(By.id("items"));
    By row = By.xpath("//tbody[@id='items_data']/tr[.//strong[text()='" + code + "']]");
    for (int page = 0; page < 6; page++) {
      List<WebElement> found = browser.driver().findElements(row);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      browser.click(browser.driver().findElement(By.cssSelector("#items .ui-paginator-next")));
      browser.waitForAjax();
    }
    throw new AssertionError(code + " is not in My gaps");
  }

  @Test
  void theSencoSeesWhoIsConfidentWithoutEvidenceAndWhoHoldsItWithoutConfidence() {
    scene.rate(scene.ta, scene.taUser, REFLECTS, 4);
    scene.observe(scene.otherTa, EXPECTATIONS, 1);
    scene.rate(scene.otherTa, scene.otherTaUser, EXPECTATIONS, 1);

    browser.signIn(base, scene.sencoUser, PracticeScene.PASSWORD);
    menu("menuConfidence");
    WebElement confident =
        browser.waitFor(
            By.cssSelector(
                "#confident tr[data-staff='" + scene.ta + "'][data-code='" + REFLECTS + "']"));
    assertTrue(confident.getText().contains("4 · could help others"), confident.getText());
    WebElement notConfident =
        browser.waitFor(
            By.cssSelector(
                "#notConfident tr[data-staff='"
                    + scene.otherTa
                    + "'][data-code='"
                    + EXPECTATIONS
                    + "']"));
    assertTrue(notConfident.getText().contains("1 · not yet confident"), notConfident.getText());
    assertTrue(
        browser.driver().findElement(By.id("confidentPanel")).getText().contains("observation"));

    // the list leads to the observation screen for that person
    browser.click(confident.findElement(By.cssSelector(".cpd-observe-link")));
    browser.waitForAjax();
    row("asked", REFLECTS);
    assertTrue(browser.driver().getCurrentUrl().contains("staffId=" + scene.ta));
    browser.screenshot("confidence-lists");
  }
}
