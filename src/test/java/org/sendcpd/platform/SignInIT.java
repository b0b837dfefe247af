package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/** Signing in and out through the login page, as a browser does, with the first admin account. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  static final String SESSION = "JSESSIONID";

  /** The administrator's first page: they have no staff record, so no CPD of their own. */
  static final String SIGNED_IN_PAGE = "organisation/staff-list.xhtml";

  @ArquillianResource URL base;

  @Test
  void signInStartsANewSession() {
    WebClient browser = new WebClient(base);
    browser.get("login.xhtml");
    String before = browser.cookie(SESSION).orElseThrow();

    HttpResponse<String> signedIn = browser.signIn("admin", TestDeployments.ADMIN_PASSWORD);

    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertEquals(
        browser.uri(""), signedIn.headers().firstValue("Location").map(URI::create).orElseThrow());
    String after = browser.cookie(SESSION).orElseThrow();
    assertNotEquals(before, after, "the session id must change at sign-in");
    String cookie = WebClient.setCookie(signedIn, SESSION).orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);

    HttpResponse<String> home = browser.get("");
    assertEquals(302, home.statusCode(), "signed in, / leads to the first page");
    String first = home.headers().firstValue("Location").orElse("");
    assertTrue(first.endsWith("/" + SIGNED_IN_PAGE), "not to login but " + first);
    HttpResponse<String> page = browser.get(SIGNED_IN_PAGE);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"signed-in-as\""), page.body());
    assertTrue(page.body().contains("admin"), page.body());
  }

  @Test
  void sessionCookieIsSameSiteLax() {
    WebClient browser = new WebClient(base);
    HttpResponse<String> signedIn = browser.signIn("admin", TestDeployments.ADMIN_PASSWORD);
    String cookie = WebClient.setCookie(signedIn, SESSION).orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  @Test
  void wrongPasswordStaysOnTheLoginPage() {
    WebClient browser = new WebClient(base);
    HttpResponse<String> refused = browser.signIn("admin", "not-the-password");
    assertEquals(200, refused.statusCode());
    assertTrue(refused.body().contains("<form id=\"login\""), refused.body());
    assertEquals(302, browser.get(SIGNED_IN_PAGE).statusCode(), "still signed out");
  }

  @Test
  void signOutEndsTheSession() {
    WebClient browser = new WebClient(base);
    assertEquals(302, browser.signIn("admin", TestDeployments.ADMIN_PASSWORD).statusCode());
    HttpResponse<String> page = browser.get(SIGNED_IN_PAGE);
    assertEquals(200, page.statusCode());

    HttpResponse<String> signedOut =
        browser.submit(SIGNED_IN_PAGE, page.body(), "signOutForm", "signOut", Map.of());

    assertEquals(302, signedOut.statusCode(), signedOut.body());
    String location = signedOut.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("/login.xhtml"), location);
    HttpResponse<String> again = browser.get(SIGNED_IN_PAGE);
    assertEquals(302, again.statusCode(), "a protected page after sign-out");
    String login = again.headers().firstValue("Location").orElse("");
    assertTrue(login.endsWith("/login.xhtml"), login);
  }

  @Test
  void aStaleViewLeadsToTheTimedOutPage() {
    WebClient browser = new WebClient(base);
    browser.signIn("admin", TestDeployments.ADMIN_PASSWORD);
    HttpResponse<String> page = browser.get(SIGNED_IN_PAGE);
    String stale =
        page.body()
            .replaceAll("(name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\")[^\"]+", "$1-1:-1");

    HttpResponse<String> answer =
        browser.submit(SIGNED_IN_PAGE, stale, "signOutForm", "signOut", Map.of());

    assertEquals(302, answer.statusCode(), answer.body());
    String location = answer.headers().firstValue("Location").orElse("");
    assertTrue(location.endsWith("/error/expired.xhtml"), location);
    assertTrue(browser.get("error/expired.xhtml").body().contains("This page timed out"));
  }

  @Test
  void anUnknownPageAnswers404WithItsPage() {
    WebClient browser = new WebClient(base);
    browser.signIn("admin", TestDeployments.ADMIN_PASSWORD);
    HttpResponse<String> missing = browser.get("no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Page not found"), missing.body());
  }
}
