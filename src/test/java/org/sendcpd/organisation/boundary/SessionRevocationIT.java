package org.sendcpd.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * Access revoked at once, in a browser: an account disabled, demoted or signed out everywhere while
 * its session is open is signed out on its next click, with a plain message; an administrator's
 * request for a new password leads the person to the change-password page and keeps them there
 * until they have chosen one. People and schools are this test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRevocationIT {

  static final String PASSWORD = "revocation-it-secret-5";
  static final String SIGNED_OUT = "You have been signed out because your account changed";

  @ArquillianResource URL base;

  WebClient web;
  AdminApi api;
  long school;
  Browser browser;

  @BeforeEach
  void scene() {
    web = new WebClient(base);
    api = new AdminApi(web);
    school = api.newSchool("Revocation IT");
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anAccountDisabledWhileSignedInIsSignedOutOnTheNextClick() {
    String name = "dora." + api.key();
    long id =
        api.newAccount(api.newStaff(school, "Dora", "Disabled", "TA", "Year 2"), name, PASSWORD);
    browser.signIn(base, name, PASSWORD);
    browser.waitFor(By.id("menuMyGaps"));

    change(id, "{\"enabled\":false}");
    browser.click(browser.driver().findElement(By.id("menuMyGaps")));

    assertTrue(browser.waitFor(By.id("login:ended")).getText().startsWith(SIGNED_OUT));
    assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
    browser.screenshot("revoked-signed-out");
  }

  @Test
  void aSencoDemotedWhileSignedInLosesTheStaffScreenOnTheNextClick() {
    String name = "sid." + api.key();
    long id =
        api.newAccount(
            api.newStaff(school, "Sid", "Demoted", "SENCO", "Inclusion"), name, PASSWORD, "SENCO");
    browser.signIn(base, name, PASSWORD);
    browser.click(browser.waitFor(By.id("menuStaff")));
    browser.waitFor(By.id("signed-in-as"));
    assertTrue(browser.driver().getCurrentUrl().contains("staff-list"));

    change(id, "{\"roles\":[]}");
    browser.click(browser.driver().findElement(By.id("menuStaff")));
    assertTrue(browser.waitFor(By.id("login:ended")).getText().startsWith(SIGNED_OUT));

    browser.signIn(base, name, PASSWORD);
    browser.waitFor(By.id("menuMyCpd"));
    assertTrue(browser.driver().findElements(By.id("menuStaff")).isEmpty(), "no SENCO menu now");
  }

  @Test
  void signOutEverywhereFromTheUserMenuEndsEverySession() {
    String name = "eve." + api.key();
    api.newAccount(api.newStaff(school, "Eve", "Everywhere", "TEACHER", "Year 6"), name, PASSWORD);
    WebClient otherBrowser = new WebClient(base);
    assertEquals(302, otherBrowser.signIn(name, PASSWORD).statusCode());
    assertEquals(200, otherBrowser.get("training/my-cpd.xhtml").statusCode());

    browser.signIn(base, name, PASSWORD);
    browser.click(browser.waitFor(By.id("passwordLink")));
    browser.click(browser.waitFor(By.id("everywhere:signOutEverywhere")));

    assertTrue(browser.waitFor(By.id("login:ended")).getText().contains("signed out everywhere"));
    HttpResponse<String> other = otherBrowser.get("training/my-cpd.xhtml");
    assertEquals(302, other.statusCode(), "the other session ended too");
    assertTrue(
        other.headers().firstValue("Location").orElse("").endsWith("login.xhtml?ended=changed"));
    assertEquals(
        200,
        web.get("api/me", "Authorization", basic(name, PASSWORD)).statusCode(),
        "the password still works for a new sign-in");
  }

  @Test
  void aForcedChangeLandsOnTheChangePageUntilDone() {
    String name = "finn." + api.key();
    long id =
        api.newAccount(api.newStaff(school, "Finn", "Forced", "TA", "Year 1"), name, PASSWORD);
    change(id, "{\"mustChangePassword\":true}");

    browser.signIn(base, name, PASSWORD);
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("change-password"));
    assertTrue(
        browser.waitFor(By.id("password:required")).getText().contains("choose a new password"));
    browser.open(base, "/training/my-cpd.xhtml");
    browser.waitFor(By.id("password:required"));
    assertTrue(browser.driver().getCurrentUrl().contains("change-password"), "nothing else first");

    fill("not-the-current-one", "window onto the river", "window onto the river");
    assertTrue(
        browser
            .waitFor(By.cssSelector("#password\\:messages .ui-messages-error"))
            .getText()
            .contains("The current password is not right"));
    fill(PASSWORD, "finn1234", "finn1234");
    // The previous refusal stays until the answer replaces it: wait for the new words.
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#password\\:messages .ui-messages-error"),
                "at least 12 characters"));
    fill(PASSWORD, "window onto the river", "window onto the river");
    assertTrue(
        browser
            .waitFor(By.cssSelector("#password\\:messages .ui-messages-info"))
            .getText()
            .contains("Your password is changed"));
    browser.screenshot("password-changed");
    browser.click(browser.driver().findElement(By.id("password:continue")));
    browser.click(browser.waitFor(By.id("menuMyGaps")));
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("my-gaps"));
  }

  @Test
  void anAdministratorUnlocksOnTheAccountsScreen() {
    String name = "lou." + api.key();
    api.newAccount(api.newStaff(school, "Lou", "Locked", "TA", "Year 3"), name, PASSWORD);
    WebClient attacker = new WebClient(base).from(SignInThrottlingIT.address());
    for (int i = 0; i < 10; i++) {
      attacker.get("api/me", "Authorization", basic(name, "wrong-" + i));
    }
    String fresh = SignInThrottlingIT.address();
    assertEquals(
        401,
        new WebClient(base)
            .from(fresh)
            .get("api/me", "Authorization", basic(name, PASSWORD))
            .statusCode());

    browser.signIn(base, "admin", org.sendcpd.testing.TestDeployments.ADMIN_PASSWORD);
    browser.click(browser.waitFor(By.id("menuAccounts")));
    By row = By.xpath("//tr[.//span[@class='cpd-account-name' and text()='" + name + "']]");
    assertTrue(
        browser
            .waitFor(row)
            .findElement(By.cssSelector(".cpd-locked"))
            .getText()
            .startsWith("Locked until"));
    browser.screenshot("accounts-locked");
    browser.click(
        browser
            .driver()
            .findElement(row)
            .findElement(By.xpath(".//button[contains(@id, 'unlock')]")));
    browser.waitForAjax();
    assertTrue(
        browser
            .waitFor(By.cssSelector("#accounts\\:messages .ui-messages-info"))
            .getText()
            .contains("The account " + name + " is unlocked"));
    By stillLocked =
        By.xpath("//tr[.//span[contains(@class, 'cpd-locked')]]//span[text()='" + name + "']");
    assertTrue(browser.driver().findElements(stillLocked).isEmpty(), "no longer shown as locked");
    assertEquals(
        200,
        new WebClient(base)
            .from(fresh)
            .get("api/me", "Authorization", basic(name, PASSWORD))
            .statusCode());
  }

  private void fill(String current, String next, String repeat) {
    for (String[] field :
        new String[][] {
          {"password:current", current}, {"password:next", next}, {"password:repeat", repeat}
        }) {
      var input = browser.waitFor(By.id(field[0]));
      input.clear();
      input.sendKeys(field[1]);
    }
    browser.click(browser.driver().findElement(By.id("password:change")));
  }

  private void change(long id, String json) {
    HttpResponse<String> changed =
        web.send(
            "PUT", "api/accounts/" + id, "application/json", json, "Authorization", AdminApi.ADMIN);
    assertEquals(200, changed.statusCode(), changed.body());
  }
}
