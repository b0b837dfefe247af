package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.TestDeployments;

/**
 * Every page a demo role's menu reaches, opened from the menu as that person: none is an error page
 * or answers 5xx, none logs a script error, none prints raw code output (a Java map or array, an
 * unevaluated expression, a class name), and axe-core finds no serious or critical violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MenuPagesIT {

  static final String DEMO = "oakfield-demo";

  /** What only code writes: a Java map or array, an expression left unevaluated, a class name. */
  static final Pattern RAW_CODE =
      Pattern.compile("\\{[A-Z_]+=|#\\{|\\[Ljava|org\\.sendcpd\\.|\\{\\}|\\$\\{");

  @ArquillianResource URL base;

  @Test
  void theAdministratorsPages() {
    everyMenuPageWorks("admin", TestDeployments.ADMIN_PASSWORD);
  }

  @Test
  void theSencosPages() {
    everyMenuPageWorks("eleanor.shah", DEMO);
  }

  @Test
  void theHeadsPages() {
    everyMenuPageWorks("rachel.okonkwo", DEMO);
  }

  @Test
  void aTeachersPages() {
    everyMenuPageWorks("zara.ahmed", DEMO);
  }

  @Test
  void aTeachingAssistantsPages() {
    everyMenuPageWorks("ellie.robinson", DEMO);
  }

  @Test
  void aLineManagersPages() {
    everyMenuPageWorks("daniel.whitfield", DEMO);
  }

  @Test
  void theTrustLeadsPages() {
    everyMenuPageWorks("trust.lead", DEMO);
  }

  @Test
  void theRefusalAndNotFoundPagesAreAccessibleToo() {
    try (Browser browser = Browser.start()) {
      browser.signIn(base, "ellie.robinson", DEMO);
      browser.open(base, "/backup/backups.xhtml");
      assertTrue(browser.waitFor(By.id("error-403")).isDisplayed(), "a TA is refused the backups");
      browser.open(base, "/training/no-such-page.xhtml");
      assertTrue(browser.waitFor(By.id("error-404")).isDisplayed(), "a page that is not there");
    }
  }

  /** Signs in, then follows each link of the menu in turn and collects every problem found. */
  private void everyMenuPageWorks(String username, String password) {
    try (Browser browser = Browser.start()) {
      List<String> problems = new ArrayList<>();
      try {
        browser.signIn(base, username, password);
      } catch (AssertionError e) {
        problems.add("start page: " + e.getMessage());
      }
      List<String> items =
          browser.driver().findElements(By.cssSelector("nav.cpd-menu a[id]")).stream()
              .map(link -> link.getDomAttribute("id"))
              .toList();
      assertFalse(items.isEmpty(), username + " sees a menu");
      for (String item : items) {
        String download = browser.driver().findElement(By.id(item)).getDomAttribute("download");
        if (download != null) {
          problems.addAll(downloadProblems(browser, item));
          continue;
        }
        String page = follow(browser, item, problems);
        problems.addAll(problemsOf(browser, page));
      }
      assertTrue(
          problems.isEmpty(),
          username + "'s menu (" + items + "):\n" + String.join("\n", problems));
    }
  }

  /** Clicks the menu item as a person does and waits for the page it leads to. */
  private static String follow(Browser browser, String item, List<String> problems) {
    WebElement old = browser.driver().findElement(By.tagName("html"));
    try {
      browser.click(browser.waitFor(By.id(item)));
    } catch (AssertionError e) {
      // the page left was checked before the click: report it, and go on
      problems.add(e.getMessage());
      browser.click(browser.driver().findElement(By.id(item)));
    }
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.stalenessOf(old));
    browser.waitForAjax();
    String page = path(browser);
    try {
      browser.checkAccessibility();
    } catch (AssertionError e) {
      problems.add(e.getMessage());
    }
    return page;
  }

  private List<String> problemsOf(Browser browser, String page) {
    List<String> problems = new ArrayList<>();
    long status = status(browser);
    if (status >= 400) {
      problems.add(page + " answers " + status);
    }
    if (!browser.driver().findElements(By.cssSelector(".cpd-error")).isEmpty()) {
      problems.add(page + " is an error page: " + browser.driver().getTitle());
    }
    List<String> scriptErrors = browser.scriptErrors();
    if (!scriptErrors.isEmpty()) {
      problems.add(page + " logs script errors: " + scriptErrors);
    }
    String text = browser.driver().findElement(By.tagName("body")).getText();
    Matcher raw = RAW_CODE.matcher(text);
    if (raw.find()) {
      int from = Math.max(0, raw.start() - 40);
      problems.add(
          page
              + " prints raw code output: ..."
              + text.substring(from, Math.min(text.length(), raw.end() + 40))
              + "...");
    }
    return problems;
  }

  /**
   * A menu item that downloads a file (Download my data) leaves the page where it is: its address
   * is asked in the same session and must answer a file, not an error.
   */
  private static List<String> downloadProblems(Browser browser, String item) {
    String answer =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + " fetch(document.getElementById(arguments[0]).href,"
                        + "   {credentials: 'same-origin', redirect: 'manual'})"
                        + "   .then(function (r) { done(r.status + ' '"
                        + "     + r.headers.get('Content-Disposition')); })"
                        + "   .catch(function (e) { done('failed ' + e); });",
                    item);
    return answer.startsWith("200 ") && answer.contains("attachment")
        ? List.of()
        : List.of(item + " should download a file but answers " + answer);
  }

  /** The page's path, without its query. */
  private static String path(Browser browser) {
    return (String)
        ((JavascriptExecutor) browser.driver()).executeScript("return location.pathname;");
  }

  /**
   * The HTTP status of the page as it stands, asked again in the same session (the pages a menu
   * reaches only read).
   */
  private static long status(Browser browser) {
    Object status =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " fetch(location.href, {credentials: 'same-origin', redirect: 'manual'})"
                    + "   .then(function (r) { done(r.status); })"
                    + "   .catch(function () { done(-1); });");
    return ((Number) status).longValue();
  }
}
