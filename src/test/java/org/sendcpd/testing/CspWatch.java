package org.sendcpd.testing;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Records what the page's Content-Security-Policy blocked: a listener for securitypolicyviolation
 * events put into every document before its own scripts run (through the DevTools protocol, which
 * the policy does not govern), read back after the page loads.
 */
public final class CspWatch {

  private CspWatch() {}

  public static void start(Browser browser) {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "window.__cspViolations = [];"
                    + " document.addEventListener('securitypolicyviolation', function (e) {"
                    + " window.__cspViolations.push(e.violatedDirective + ' blocked '"
                    + " + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);"
                    + " });"));
  }

  /** What was blocked on the current page since it loaded. */
  @SuppressWarnings("unchecked")
  public static List<String> violations(Browser browser) {
    Object found =
        ((JavascriptExecutor) browser.driver())
            .executeScript("return window.__cspViolations || [];");
    return (List<String>) found;
  }
}
