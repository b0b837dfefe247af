package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;
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
 * Screens print words, not the program's codes: the head's Capacity names job roles and counts
 * holders by role in a sentence, and the SENCO's Area filter lists each area once. They only read
 * the demo school.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadableScreensIT {

  /** A job role's code standing alone, as a map or an enum prints it. */
  static final Pattern ROLE_CODE =
      Pattern.compile("\\b(TEACHER|ECT|TA|HLTA|SLT|HEADTEACHER|SUPPORT)\\b");

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
  void theHeadReadsCapacityInWords() {
    browser.signIn(base, DashboardIT.HEAD, DashboardIT.DEMO);
    browser.click(browser.waitFor(By.id("menuCapacity")));
    String spend = browser.waitFor(By.id("spend")).getText();
    String holdings = browser.driver().findElement(By.id("holdings")).getText();
    String page = browser.driver().findElement(By.id("main")).getText();

    assertTrue(spend.contains("Teaching assistant"), spend);
    assertFalse(ROLE_CODE.matcher(spend).find(), "job roles in words: " + spend);
    assertFalse(ROLE_CODE.matcher(holdings).find(), "holders by role in words: " + holdings);
    assertTrue(holdings.contains("Teaching assistant "), holdings);
    assertFalse(page.contains("{") || page.contains("}"), "no printed collections: " + page);
    assertFalse(Pattern.compile("\\w=\\d").matcher(page).find(), "no key=value pairs: " + page);
    browser.screenshot("capacity-in-words");
  }

  @Test
  void theSencosAreaFilterListsEachAreaOnce() {
    browser.signIn(base, DashboardIT.SENCO, DashboardIT.DEMO);
    browser.click(browser.waitFor(By.id("menuTrainingGaps")));
    browser.waitFor(By.id("heatmap"));
    List<String> areas =
        browser
            .driver()
            .findElements(By.cssSelector("select[id='gaps:area_input'] option"))
            .stream()
            .map(o -> o.getAttribute("textContent").trim())
            .toList();
    assertTrue(areas.size() > 4, "the demo's frameworks have areas: " + areas);
    assertEquals(areas.stream().distinct().toList(), areas, "each area once");
  }
}
