package org.sendcpd.testing;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for screen tests, started with its own driver so Selenium never goes
 * online to fetch one, and a fresh profile per run. Every page and dialog a test meets is checked
 * with axe-core (see {@link AccessibilityCheck}).
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    wait.ignoring(StaleElementReferenceException.class);
  }

  public static Browser start() {
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(executable("CHROMIUM_BIN", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1400,1000",
          "--lang=en-GB",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  new File(executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
              .usingAnyFreePort()
              .build();
      return new Browser(new ChromeDriver(service, options));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String executable(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens the page and checks its accessibility (see {@link #checkAccessibility()}). */
  public void open(URL base, String path) {
    driver.get(base.toString().replaceAll("/$", "") + path);
    AccessibilityCheck.ifNew(driver);
  }

  /**
   * Runs axe-core on the page as it is now and fails on a serious or critical violation. Pages and
   * dialogs are checked without asking the first time {@link #open}, {@link #waitFor} or {@link
   * #click} meets them; call this after an update that shows something new on a page checked
   * before.
   */
  public void checkAccessibility() {
    AccessibilityCheck.now(driver);
  }

  /** The errors the page's scripts (and failed loads) wrote to the console since the last call. */
  public List<String> scriptErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Signs in through the login page and waits for the first page after it. */
  public void signIn(URL base, String username, String password) {
    open(base, "/login.xhtml");
    WebElement user = waitFor(By.id("login:username"));
    user.clear();
    user.sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:signIn")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    waitForAjax();
    AccessibilityCheck.ifNew(driver);
  }

  public WebElement waitFor(By locator) {
    WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    AccessibilityCheck.ifNew(driver);
    return found;
  }

  /**
   * Clicks as a person does: scrolls the element to the middle of its scrolling boxes, waits until
   * nothing (a sticky header or totals row, an overlay on its way out) covers its centre, then
   * clicks.
   */
  public void click(WebElement element) {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var e = arguments[0];"
                            + " e.scrollIntoView({block: 'center', inline: 'center'});"
                            // WebDriver clicks the centre of the first box: a label that
                            // wraps has a gap where its bounding box has its centre
                            + " var r = e.getClientRects()[0];"
                            + " if (!r || r.width === 0 || r.height === 0) return false;"
                            + " var hit = document.elementFromPoint(r.left + r.width / 2,"
                            + "   r.top + r.height / 2);"
                            + " return hit !== null && (hit === e || e.contains(hit));",
                        element)));
    AccessibilityCheck.ifNew(driver);
    element.click();
  }

  /**
   * Waits until PrimeFaces has no Ajax request queued or in flight, so a step never acts on a part
   * of the page that a response is about to replace.
   */
  public void waitForAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0);")));
    AccessibilityCheck.ifNew(driver);
  }

  /**
   * The file a download put in the folder once Chromium has finished it: Chromium reserves the
   * final name with an empty file and writes into a .crdownload beside it, so an early look finds
   * nothing to read.
   */
  public Path awaitDownload(Path folder, String prefix) {
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            d -> {
              try (var files = Files.list(folder)) {
                List<Path> all = files.toList();
                boolean writing =
                    all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                return writing
                    ? null
                    : all.stream()
                        .filter(f -> f.getFileName().toString().startsWith(prefix))
                        .filter(f -> f.toFile().length() > 0)
                        .findFirst()
                        .orElse(null);
              } catch (IOException e) {
                return null;
              }
            });
  }

  /** Saves a PNG of the page under target/screenshots for a person to look at. */
  public Path screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
