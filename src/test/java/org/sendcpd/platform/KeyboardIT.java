package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.sendcpd.testing.Browser;

/**
 * The SENCO's Reports page with the keyboard alone: Tab from the top reaches the skip link first,
 * which takes the focus to the page; Tab goes through every menu item in turn; and wherever the
 * focus lands, the date button included, a solid outline shows it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardIT {

  static final String SENCO = "eleanor.shah";
  static final String DEMO = "oakfield-demo";

  /**
   * What shows the focus: the focused element's outline, or for PrimeFaces' check boxes, radio
   * buttons and menus (which focus a hidden input) the outline of the box they mark as focused.
   */
  static final String FOCUS_OUTLINE =
      "var e = document.activeElement;"
          + " var hidden = e.closest('.ui-helper-hidden-accessible');"
          + " var shown = hidden ? hidden.parentElement.querySelector('.ui-state-focus') : e;"
          + " if (!shown) return 'none';"
          + " var s = getComputedStyle(shown);"
          + " return s.outlineStyle + ' ' + s.outlineWidth;";

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
  void theSkipLinkIsTheFirstStopAndTakesTheFocusToThePage() {
    browser.signIn(base, SENCO, DEMO);
    browser.open(base, "/reports/reports.xhtml");
    browser.waitFor(By.id("reports:download"));
    tab();
    WebElement skip = focused();
    assertEquals("skipToMain", skip.getDomAttribute("id"));
    assertEquals("Skip to main content", skip.getText());
    assertTrue(skip.getRect().getY() >= 0, "the skip link shows once it has the focus");
    skip.sendKeys(Keys.ENTER);
    assertEquals("main", focused().getDomAttribute("id"), "the focus is on the page itself");
    tab();
    assertFalse(
        inMenu(focused()), "after the skip link, Tab goes on in the page, not back to the menu");
  }

  @Test
  void tabReachesEveryMenuItemInTurnAndTheFocusAlwaysShows() {
    browser.signIn(base, SENCO, DEMO);
    browser.open(base, "/reports/reports.xhtml");
    browser.waitFor(By.id("reports:download"));
    List<String> menu =
        browser.driver().findElements(By.cssSelector("nav.cpd-menu a")).stream()
            .map(link -> link.getDomAttribute("id"))
            .toList();
    List<String> reached = new ArrayList<>();
    List<String> unseen = new ArrayList<>();
    for (int i = 0; i < 80 && !reached.contains("reports:download"); i++) {
      tab();
      String now = describeFocused();
      reached.add(now);
      String[] outline = outline().split(" ");
      if (!outline[0].equals("solid") || Double.parseDouble(outline[1].replace("px", "")) < 2) {
        unseen.add(now + " (" + String.join(" ", outline) + ")");
      }
    }
    assertTrue(reached.contains("reports:download"), "Tab reaches the page's button: " + reached);
    assertEquals(
        menu,
        reached.stream().filter(menu::contains).toList(),
        "every menu item, one Tab each, in the order shown");
    assertTrue(
        reached.contains("button.ui-datepicker-trigger"), "the date button on the way: " + reached);
    assertTrue(unseen.isEmpty(), "focus that does not show: " + unseen);
  }

  private void tab() {
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
  }

  private WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }

  private boolean inMenu(WebElement element) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript("return arguments[0].closest('nav.cpd-menu') !== null;", element));
  }

  /** The focused element's id, or its tag and first class when it has none. */
  private String describeFocused() {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var e = document.activeElement;"
                    + " return e.id || e.tagName.toLowerCase() + '.' + e.className.split(' ')[0];");
  }

  private String outline() {
    return (String) ((JavascriptExecutor) browser.driver()).executeScript(FOCUS_OUTLINE);
  }
}
