package org.sendcpd.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs axe-core in the page a browser test has in front of it and fails on serious or critical
 * violations of WCAG 2.2 A and AA (and axe's own best practices), naming each rule, the elements
 * and what is wrong with them. Each page is checked once, and again whenever a dialog it had not
 * shown before is open, so a test that goes through pages and dialogs checks them all.
 */
final class AccessibilityCheck {

  private static final Set<String> FAILING = Set.of("serious", "critical");

  /** What the page remembers of the checks it had; a new page starts without it. */
  private static final String STATE = "window.__cpdAccessibility";

  /**
   * The ids of the open dialogs not yet checked on this page, or null when the page itself is new;
   * empty when there is nothing new to check, or the document is not one of our HTML pages (a
   * download, JSON) or has not finished loading.
   */
  private static final String UNCHECKED =
      "if (document.readyState !== 'complete' || document.contentType !== 'text/html')"
          + "  return [];"
          + " var seen = "
          + STATE
          + ";"
          + " if (!seen) return null;"
          + " return Array.prototype.filter.call(document.querySelectorAll('.ui-dialog'),"
          + "   function (d) { return d.id && !seen[d.id] && d.getClientRects().length > 0"
          + "     && d.getAttribute('aria-hidden') !== 'true'"
          + "     && getComputedStyle(d).opacity === '1'; })"
          + "   .map(function (d) { return d.id; });";

  private static final String REMEMBER =
      STATE
          + " = "
          + STATE
          + " || {};"
          + " Array.prototype.forEach.call(document.querySelectorAll('.ui-dialog'),"
          + "   function (d) { if (d.id && d.getClientRects().length > 0) "
          + STATE
          + "[d.id] = true; });";

  private AccessibilityCheck() {}

  /** Checks the page when it or one of its open dialogs has not been checked yet. */
  static void ifNew(WebDriver driver) {
    Object unchecked = ((JavascriptExecutor) driver).executeScript(UNCHECKED);
    if (unchecked == null || !((List<?>) unchecked).isEmpty()) {
      now(driver);
    }
  }

  /**
   * Checks the page as it is now, open dialogs and all, once what fades or slides in has settled.
   */
  static void now(WebDriver driver) {
    settle(driver);
    Results results = new AxeBuilder().analyze(driver);
    if (results.isErrored()) {
      throw new AssertionError("axe-core could not check " + where(driver), results.getError());
    }
    ((JavascriptExecutor) driver).executeScript(REMEMBER);
    List<Rule> failing =
        results.getViolations().stream().filter(r -> FAILING.contains(r.getImpact())).toList();
    if (!failing.isEmpty()) {
      throw new AssertionError(
          "axe-core: "
              + failing.size()
              + " serious or critical accessibility violation(s) on "
              + where(driver)
              + failing.stream().map(AccessibilityCheck::describe).collect(Collectors.joining()));
    }
  }

  /**
   * Waits (up to a few seconds) until no finite animation runs, so colours are measured as a person
   * sees them once a dialog or message has faded in; spinners that never stop are not waited for.
   */
  private static void settle(WebDriver driver) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
    } catch (TimeoutException e) {
      // still moving: check it as it is
    }
  }

  private static final String SETTLED =
      "return document.getAnimations().every(function (a) {"
          + "   return a.playState !== 'running'"
          + "     || a.effect.getComputedTiming().iterations === Infinity; })"
          + " && (!window.jQuery || jQuery(':animated').length === 0);";

  private static String where(WebDriver driver) {
    return driver.getCurrentUrl() + " (" + driver.getTitle() + ")";
  }

  private static String describe(Rule rule) {
    StringBuilder text =
        new StringBuilder("\n- ")
            .append(rule.getId())
            .append(" (")
            .append(rule.getImpact())
            .append("): ")
            .append(rule.getHelp());
    List<CheckedNode> nodes = rule.getNodes();
    nodes.stream()
        .limit(5)
        .forEach(
            node ->
                text.append("\n    ")
                    .append(node.getTarget())
                    .append(": ")
                    .append(node.getFailureSummary().replace("\n", " ")));
    if (nodes.size() > 5) {
      text.append("\n    and ").append(nodes.size() - 5).append(" more");
    }
    return text.toString();
  }
}
