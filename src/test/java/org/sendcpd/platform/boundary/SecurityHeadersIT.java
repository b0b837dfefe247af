package org.sendcpd.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.CertificateUpload;
import org.sendcpd.testing.CspWatch;
import org.sendcpd.testing.WebClient;

/**
 * The headers an auditor looks for, on a page, a JSON answer, a certificate download, a shared
 * stylesheet and error answers; and error answers that are the application's own, with no server
 * name, version or exception class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  static final String PASSWORD = "headers-it-secret";

  @ArquillianResource URL base;

  WebClient web;
  String username;

  @BeforeEach
  void aPersonOfTheirOwnSchool() {
    web = new WebClient(base);
    AdminApi admin = new AdminApi(web);
    long school = admin.newSchool("Headers Primary");
    JsonObject person = admin.newStaff(school, "Hana", "Header", "TA", "Year 1");
    username = "hana.header." + admin.key();
    admin.newAccount(person, username, PASSWORD);
  }

  @Test
  void aPageCarriesTheWholePolicyWithTheNonceOfItsScripts() {
    HttpResponse<String> page = web.get("login.xhtml");

    assertEquals(200, page.statusCode());
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), "one policy, not two that intersect: " + policies);
    String policy = policies.get(0);
    assertStrictPolicy(policy);
    String nonce = WebClient.cspNonce(page.body());
    assertTrue(policy.contains("script-src 'self' 'nonce-" + nonce + "'"), policy);
    assertCommonHeaders(page);
    assertEquals("no-store", header(page, "Cache-Control"));

    web.signIn(username, PASSWORD);
    HttpResponse<String> myCpd = web.get("training/my-cpd.xhtml");
    assertEquals(200, myCpd.statusCode());
    assertEquals("no-store", header(myCpd, "Cache-Control"), "a personal page is never kept");
    assertStrictPolicy(header(myCpd, "Content-Security-Policy"));
    assertFalse(
        header(myCpd, "Set-Cookie", "").contains("Secure"), "plain HTTP here: no Secure cookie");
  }

  @Test
  void aJsonAnswerAndACertificateDownloadCarryThemToo() {
    String me = basic(username, PASSWORD);
    HttpResponse<String> records = web.get("api/cpd-records", "Authorization", me);
    assertEquals(200, records.statusCode(), records.body());
    assertCommonHeaders(records);
    assertStrictPolicy(header(records, "Content-Security-Policy"));
    assertEquals("no-store", header(records, "Cache-Control"));

    long record = CertificateUpload.logCpd(web, me);
    HttpResponse<String> uploaded =
        CertificateUpload.send(web, me, record, "cert.pdf", CertificateUpload.pdf());
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    HttpResponse<String> file =
        web.get(WebClient.json(uploaded).getString("href").substring(1), "Authorization", me);
    assertEquals(200, file.statusCode());
    assertCommonHeaders(file);
    assertTrue(header(file, "Cache-Control").contains("no-store"), header(file, "Cache-Control"));
  }

  @Test
  void sharedStylesheetsMayBeKeptButStillCarryTheOtherHeaders() {
    HttpResponse<String> css = web.get("jakarta.faces.resource/css/sendcpd.css.xhtml");
    assertEquals(200, css.statusCode());
    assertCommonHeaders(css);
    assertFalse(header(css, "Cache-Control", "").contains("no-store"), "static: may be cached");
  }

  @Test
  void errorPagesAreOurOwnWithoutServerNamesOrExceptions() {
    web.signIn(username, PASSWORD);

    HttpResponse<String> missing = web.get("training/no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("id=\"error-404\""), missing.body());
    assertOurs(missing);

    HttpResponse<String> failing = web.get("it/fail");
    assertEquals(500, failing.statusCode());
    assertTrue(failing.body().contains("id=\"error-500\""), failing.body());
    assertFalse(failing.body().contains("IllegalStateException"), failing.body());
    assertFalse(failing.body().contains("secret detail"), failing.body());
    assertOurs(failing);

    HttpResponse<String> wrongMethod =
        web.send("DELETE", "training/certificate?record=1&file=1", "text/plain", "");
    assertEquals(405, wrongMethod.statusCode());
    assertTrue(wrongMethod.body().contains("id=\"error-405\""), wrongMethod.body());
    assertOurs(wrongMethod);
  }

  @Test
  void apiErrorsAreJsonWithTheHeaders() {
    String me = basic(username, PASSWORD);
    HttpResponse<String> missing = web.get("api/no-such-thing", "Authorization", me);
    assertEquals(404, missing.statusCode());
    assertEquals("Not found", WebClient.json(missing).getString("error"));
    assertOurs(missing);

    HttpResponse<String> badQuery = web.get("api/staff?page=x", "Authorization", me);
    assertEquals(400, badQuery.statusCode());
    assertTrue(WebClient.json(badQuery).getString("error").contains("page"), badQuery.body());
    assertOurs(badQuery);
  }

  @Test
  void theServersOwnEndpointsNameNoVersion() {
    HttpResponse<String> wrong = web.send("DELETE", "health/ready", "text/plain", "");
    assertEquals(405, wrong.statusCode());
    assertFalse(
        wrong.body().matches("(?s).*\\d+\\.\\d{4}\\.\\d+.*"), "no version: " + wrong.body());
    assertFalse(wrong.body().contains("Exception"), wrong.body());
  }

  @Test
  void theScreensRunAndLookRightUnderThePolicy() {
    try (Browser browser = Browser.start()) {
      CspWatch.start(browser);
      browser.signIn(base, "eleanor.shah", "oakfield-demo");
      for (String menu :
          List.of(
              "menuDashboard",
              "menuTrainingGaps",
              "menuCapacity",
              "menuStaff",
              "menuCourses",
              "menuCalendar",
              "menuReports",
              "menuMyCpd",
              "menuLogCpd")) {
        browser.click(browser.waitFor(By.id(menu)));
        browser.waitFor(By.cssSelector(".cpd-topbar"));
        browser.waitForAjax();
        assertEquals(List.of(), CspWatch.violations(browser), menu + " ran into the policy");
      }
      browser.screenshot("csp-log-cpd");
      String topbar =
          browser
              .driver()
              .findElement(By.cssSelector(".cpd-topbar"))
              .getCssValue("background-color");
      assertFalse(topbar.equals("rgba(0, 0, 0, 0)"), "the stylesheet applies: " + topbar);
    }
  }

  static void assertOurs(HttpResponse<String> answer) {
    assertFalse(answer.body().contains("Payara"), answer.body());
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertCommonHeaders(answer);
    assertStrictPolicy(header(answer, "Content-Security-Policy"));
    assertEquals("no-store", header(answer, "Cache-Control"));
  }

  static void assertStrictPolicy(String policy) {
    for (String directive :
        List.of(
            "default-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "script-src 'self'")) {
      assertTrue(policy.contains(directive), directive + " in " + policy);
    }
    assertFalse(policy.contains("'unsafe-eval'"), policy);
    assertFalse(policy.matches(".*script-src[^;]*'unsafe-inline'.*"), policy);
  }

  static void assertCommonHeaders(HttpResponse<String> answer) {
    assertEquals("nosniff", header(answer, "X-Content-Type-Options"));
    assertEquals("same-origin", header(answer, "Referrer-Policy"));
    assertFalse(answer.headers().firstValue("Strict-Transport-Security").isPresent(), "no TLS");
    assertFalse(answer.headers().firstValue("X-Powered-By").isPresent());
  }

  static String header(HttpResponse<?> answer, String name) {
    return answer
        .headers()
        .firstValue(name)
        .orElseThrow(() -> new AssertionError("no " + name + " in " + answer.headers().map()));
  }

  static String header(HttpResponse<?> answer, String name, String otherwise) {
    return answer.headers().firstValue(name).orElse(otherwise);
  }

  /** A page that fails as a bug would, with details that must not reach the browser. */
  @WebServlet("/it/fail")
  public static class FailingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      throw new IllegalStateException("secret detail of a failure");
    }
  }
}
