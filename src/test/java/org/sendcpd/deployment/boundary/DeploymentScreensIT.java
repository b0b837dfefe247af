package org.sendcpd.deployment.boundary;

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
import org.sendcpd.testing.WebClient;

/**
 * The deployment week and a gap's page in headless Chromium, reached from the menu: the SENCO of a
 * school of its own moves a TA out of Year 2 on Tuesdays on the week screen, sees the gap there and
 * on Capacity with the midazolam rule breached on Tuesdays, and fills it again from the gap's page;
 * the demo's head reads Oakfield's week. Each page is checked with axe-core as it opens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeploymentScreensIT {

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
  void theSencoMovesATaOutOfYear2OnTuesdaysAndFillsTheGapFromItsPage() {
    DeploymentScene s = new DeploymentScene(new WebClient(base), "Deployment screens");
    browser.signIn(base, s.sencoUsername, DeploymentScene.PASSWORD);
    browser.click(browser.waitFor(By.id("menuWeek")));
    assertTrue(
        cell("Year 2", "TUE").getText().contains(s.ta1Name), cell("Year 2", "TUE").getText());
    assertTrue(gapLinks(cell("Year 2", "TUE")).isEmpty());

    browser.click(cell("Year 2", "TUE").findElement(By.linkText(s.ta1Name)));
    WebElement entries = browser.waitFor(By.id("entryTable"));
    assertTrue(entries.getText().contains("Mon, Tue, Wed, Thu, Fri"), entries.getText());
    browser.click(entries.findElement(By.cssSelector(".cpd-remove")));
    browser.waitForAjax();
    browser.waitFor(By.id("edit:group"));
    add("Year 2", 0, 2, 3, 4);
    add("Year 3", 1);

    WebElement tuesday = cell("Year 2", "TUE");
    assertFalse(tuesday.getText().contains(s.ta1Name), tuesday.getText());
    assertEquals(1, gapLinks(tuesday).size(), tuesday.getText());
    assertTrue(tuesday.getText().contains("Communication and interaction"), tuesday.getText());
    assertTrue(cell("Year 3", "TUE").getText().contains(s.ta1Name));

    browser.click(browser.waitFor(By.id("menuCapacity")));
    String rules = browser.waitFor(By.id("rules")).getText();
    assertTrue(rules.contains("Breached now on Tue"), rules);
    assertTrue(rules.contains(s.ta1Name + " is no longer deployed there that day"), rules);
    WebElement byGroup = browser.driver().findElement(By.id("byGroup"));
    List<WebElement> gaps = byGroup.findElements(By.cssSelector("a.cpd-gap-link"));
    assertEquals(1, gaps.size(), byGroup.getText());
    browser.click(gaps.get(0));

    String summary = browser.waitFor(By.id("gapSummary")).getText();
    assertTrue(summary.startsWith("Year 2, Tuesday"), summary);
    WebElement elsewhere = browser.driver().findElement(By.id("elsewhere"));
    assertTrue(elsewhere.getText().contains(s.ta1Name + " is with Year 3"), elsewhere.getText());
    assertTrue(
        browser.driver().findElement(By.id("nearly")).getText().contains("Uma Usual"),
        "the other TA is one level short there");
    browser.click(elsewhere.findElement(By.cssSelector(".cpd-deploy-here")));
    browser.waitFor(By.cssSelector("#help\\:messages .ui-messages-info"));

    browser.click(browser.waitFor(By.id("menuCapacity")));
    String after = browser.waitFor(By.id("rules")).getText();
    assertFalse(after.contains("Breached now"), after);
    assertTrue(
        browser
            .driver()
            .findElement(By.id("byGroup"))
            .findElements(By.cssSelector("a.cpd-gap-link"))
            .isEmpty(),
        "the gap is filled");
  }

  @Test
  void theHeadReadsOakfieldsWeekWithYear2sGapDays() {
    browser.signIn(base, "rachel.okonkwo", DEMO);
    browser.click(browser.waitFor(By.id("menuWeek")));
    browser.waitFor(By.id("weekGrid"));
    for (String group : List.of("Reception", "Year 1", "Year 6", "The Hive")) {
      assertFalse(cell(group, "MON").getText().isBlank(), group);
    }
    assertTrue(cell("Year 1", "MON").getText().contains("Lucy Chambers"));
    assertTrue(
        cell("The Hive", "MON").getText().contains("Lucy Chambers"), "mornings and afternoons");
    assertEquals(1, gapLinks(cell("Year 2", "TUE")).size(), cell("Year 2", "TUE").getText());
    assertTrue(gapLinks(cell("Year 2", "MON")).isEmpty());
    browser.click(gapLinks(cell("Year 2", "FRI")).get(0));
    String summary = browser.waitFor(By.id("gapSummary")).getText();
    assertTrue(summary.contains("Sensory and/or physical"), summary);
  }

  @Test
  void theSencoImportsTheWeekFromACsvAndReadsTheRefusedLines() throws Exception {
    WebClient web = new WebClient(base);
    DeploymentScene s = new DeploymentScene(web, "Deployment import screen");
    String email =
        WebClient.json(web.get("api/staff/" + s.ta2, "Authorization", s.senco)).getString("email");
    browser.signIn(base, s.sencoUsername, DeploymentScene.PASSWORD);
    browser.click(browser.waitFor(By.id("menuWeek")));
    upload("email,group,days,from,to\n" + email + ",Year 5,MON SUN,,\n");
    String errors = browser.waitFor(By.id("import:importErrors")).getText();
    assertTrue(errors.contains("Line 2") && errors.contains("SUN"), errors);
    assertTrue(cell("Year 2", "MON").getText().contains("Uma Usual"), "nothing saved");

    upload("email,group,days,from,to\n" + email + ",Year 5,MON-WED,,\n");
    browser.waitFor(By.cssSelector("#import\\:importMessages .ui-messages-info"));
    assertTrue(cell("Year 5", "TUE").getText().contains("Uma Usual"));
    assertFalse(cell("Year 2", "MON").getText().contains("Uma Usual"), "her list was replaced");
  }

  private static void upload(String csv) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "tmp");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Path file = java.nio.file.Files.createTempFile(dir, "deployments-", ".csv");
    java.nio.file.Files.writeString(file, csv);
    browser
        .driver()
        .findElement(By.cssSelector("#import input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.click(browser.driver().findElement(By.id("import:upload")));
    browser.waitFor(By.id("weekGrid"));
  }

  private static WebElement cell(String group, String day) {
    browser.waitForAjax();
    return browser.waitFor(
        By.cssSelector("td.cpd-week-cell[data-group='" + group + "'][data-day='" + day + "']"));
  }

  private static List<WebElement> gapLinks(WebElement cell) {
    return cell.findElements(By.cssSelector("a.cpd-gap-link"));
  }

  /** Adds a deployment on the form: the group, and the days by their place (0 = Monday). */
  private static void add(String group, int... days) {
    WebElement input = browser.waitFor(By.id("edit:group"));
    input.clear();
    input.sendKeys(group);
    List<WebElement> boxes =
        browser.driver().findElements(By.cssSelector("#edit\\:days .ui-chkbox-box"));
    for (int day : days) {
      browser.click(boxes.get(day));
    }
    browser.click(browser.driver().findElement(By.id("edit:add")));
    browser.waitForAjax();
    browser.waitFor(By.cssSelector("#edit\\:messages .ui-messages-info"));
  }
}
