package org.sendcpd.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * Single sign-on in Chromium against a real OpenID provider (NAV's mock-oauth2-server, started here
 * on the port Maven reserved, which arquillian.xml gives the server as the issuers {@code /entra}
 * and {@code /google}). The provider signs the ID token with its own keys after the full
 * authorization code flow; what it says about the person (address, verified or not) is set before
 * each sign-in with a token callback. People and schools are this test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

  static final String PASSWORD = "single-sign-on-it-secret";

  static MockOAuth2Server provider;

  @ArquillianResource URL base;

  WebClient web;
  AdminApi api;
  long school;
  Browser browser;

  @BeforeAll
  static void startProvider() {
    provider = new MockOAuth2Server();
    provider.start(Integer.getInteger("sendcpd.oidc.port", 18079));
  }

  @AfterAll
  static void stopProvider() {
    provider.shutdown();
  }

  @BeforeEach
  void scene() {
    web = new WebClient(base);
    api = new AdminApi(web);
    school = api.newSchool("Single sign-on IT");
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aVerifiedGoogleAddressOfAStaffRecordSignsInAndLandsOnTheirStartPage() {
    JsonObject gina = api.newStaff(school, "Gina", "Google", "TA", "Year 4");
    long ginaId = gina.getJsonNumber("id").longValue();
    assertTrue(accountOf(ginaId).isEmpty(), "no account before the first sign-in");

    providerSays("google", Map.of("email", gina.getString("email"), "email_verified", true));
    signInWith("google");

    waitForUrl("/training/my-cpd.xhtml");
    assertTrue(browser.waitFor(By.id("signed-in-as")).getText().contains("Gina Google"));
    browser.screenshot("sso-google-start-page");
    JsonObject account = accountOf(ginaId).orElseThrow();
    assertTrue(account.getJsonArray("roles").isEmpty(), "staff rights only");
    assertEquals(
        "at first single sign-on with Google",
        api.auditRow("UserAccount", account.getJsonNumber("id").longValue(), "ACCOUNT_CREATED")
            .getString("detail"));
  }

  @Test
  void aMicrosoftTenantAddressSignsInTheAccountItBelongsTo() {
    JsonObject sam = api.newStaff(school, "Sam", "Senco", "SENCO", "Inclusion");
    String username = "sam." + api.key();
    api.newAccount(sam, username, PASSWORD, "SENCO");

    // Entra sends no email_verified: the tenant's own preferred_username is believed
    providerSays("entra", Map.of("preferred_username", sam.getString("email").toUpperCase()));
    signInWith("microsoft");

    waitForUrl("/gaps/dashboard.xhtml"); // a SENCO's start page, as after a password sign-in
    String signedInAs = browser.waitFor(By.id("signed-in-as")).getText();
    assertTrue(signedInAs.contains("Sam Senco") && signedInAs.contains("senco"), signedInAs);
    browser.click(browser.waitFor(By.id("menuStaff")));
    waitForUrl("/organisation/staff-list.xhtml");
  }

  @Test
  void anAddressNoStaffRecordUsesIsRefusedAndNoAccountIsMade() {
    String stranger = "stranger." + api.key() + "@it.example";
    int accountsBefore = accounts().size();

    providerSays("google", Map.of("email", stranger, "email_verified", true));
    signInWith("google");

    String refusal = browser.waitFor(By.id("ssoRefusal")).getText();
    assertTrue(
        refusal.startsWith("No staff record at your school uses this address (" + stranger + ")"),
        refusal);
    browser.screenshot("sso-unknown-address");
    assertEquals(accountsBefore, accounts().size(), "no account was made");
    browser.open(base, "/training/my-cpd.xhtml");
    waitForUrl("/login.xhtml"); // not signed in
  }

  @Test
  void anAddressGoogleHasNotVerifiedIsNotBelieved() {
    JsonObject una = api.newStaff(school, "Una", "Unverified", "TA", "Year 1");
    providerSays("google", Map.of("email", una.getString("email"), "email_verified", false));
    signInWith("google");

    assertTrue(
        browser
            .waitFor(By.id("ssoRefusal"))
            .getText()
            .startsWith("Google did not confirm a work email address for your account"));
    assertTrue(accountOf(una.getJsonNumber("id").longValue()).isEmpty());
  }

  @Test
  void aSchoolThatRequiresSingleSignOnRefusesPasswordsButNotTheAdministrators() {
    JsonObject pat = api.newStaff(school, "Pat", "Password", "TEACHER", "Year 5");
    String username = "pat." + api.key();
    api.newAccount(pat, username, PASSWORD);
    String adminName = "ada." + api.key();
    api.newAccount(
        api.newStaff(school, "Ada", "Admin", "TEACHER", "Office"), adminName, PASSWORD, "ADMIN");

    browser.signIn(base, "admin", TestDeployments.ADMIN_PASSWORD);
    browser.click(browser.waitFor(By.id("menuSignIn")));
    By ours =
        By.xpath(
            "//tr[.//span[@class='cpd-school-name' and text()='Single sign-on IT "
                + api.key()
                + "']]");
    browser.click(
        browser.waitFor(ours).findElement(By.xpath(".//button[contains(@id, 'require')]")));
    browser.waitForAjax();
    assertTrue(
        browser
            .waitFor(By.cssSelector("#signIn\\:messages .ui-messages-info"))
            .getText()
            .contains("now sign in with single sign-on only"));
    assertEquals(
        "Single sign-on only",
        browser
            .driver()
            .findElement(ours)
            .findElement(By.cssSelector(".cpd-sign-in-rule"))
            .getText());
    browser.screenshot("sso-required");
    browser.click(browser.driver().findElement(By.id("signOutForm:signOut")));
    waitForUrl("/login.xhtml");

    // the right password of one of the school's people is refused, saying why
    browser.open(base, "/login.xhtml");
    browser.waitFor(By.id("login:username")).sendKeys(username);
    browser.driver().findElement(By.id("login:password")).sendKeys(PASSWORD);
    browser.click(browser.driver().findElement(By.id("login:signIn")));
    String refusal =
        browser.waitFor(By.cssSelector("#login\\:messages .ui-messages-error")).getText();
    assertTrue(refusal.contains("has turned password sign-in off for its staff"), refusal);
    HttpResponse<String> api401 = web.get("api/me", "Authorization", basic(username, PASSWORD));
    assertEquals(401, api401.statusCode());
    assertTrue(api401.body().contains("signs in with Microsoft or Google only"), api401.body());
    // an administrator of the same school keeps their password
    assertEquals(200, web.get("api/me", "Authorization", basic(adminName, PASSWORD)).statusCode());

    // and the person signs in with Microsoft
    providerSays("entra", Map.of("email", pat.getString("email")));
    browser.click(browser.waitFor(By.id("sso-microsoft")));
    waitForUrl("/training/my-cpd.xhtml");
    assertTrue(browser.waitFor(By.id("signed-in-as")).getText().contains("Pat Password"));
  }

  @Test
  void theWayOutCarriesStateNonceAndPkceAndAForgedAnswerIsRefused() {
    WebClient person = new WebClient(base);
    HttpResponse<String> toProvider = person.get("sso/start/google");
    assertEquals(302, toProvider.statusCode());
    String location = toProvider.headers().firstValue("Location").orElse("");
    assertTrue(
        location.startsWith(provider.authorizationEndpointUrl("google").toString()), location);
    for (String part :
        List.of(
            "state=", "nonce=", "code_challenge=", "code_challenge_method=S256", "scope=openid")) {
      assertTrue(location.contains(part), part + " in " + location);
    }

    // an answer with a code from elsewhere and a state this browser never had
    HttpResponse<String> forged = person.get("sso/callback?code=stolen-code&state=made-up");
    assertEquals(302, forged.statusCode());
    assertTrue(forged.headers().firstValue("Location").orElse("").endsWith("/sso-refused.xhtml"));
    assertTrue(
        person
            .get("sso-refused.xhtml")
            .body()
            .contains("This sign-in took too long, or was started"));
    assertEquals(302, person.get("training/my-cpd.xhtml").statusCode(), "not signed in");
    assertEquals(404, person.get("sso/start/facebook").statusCode());
  }

  @Test
  void onlyAnAdministratorSetsTheRuleAndItNamesWhatIsMissing() {
    String path = "api/schools/" + school + "/sign-in";
    JsonObject rule = WebClient.json(web.get(path, "Authorization", AdminApi.ADMIN));
    assertFalse(rule.getBoolean("ssoRequired"));
    assertEquals(
        List.of("Microsoft", "Google"),
        rule.getJsonArray("providers").getValuesAs(jakarta.json.JsonString::getString));

    HttpResponse<String> empty =
        web.send("PUT", path, "application/json", "{}", "Authorization", AdminApi.ADMIN);
    assertEquals(400, empty.statusCode());
    assertTrue(empty.body().contains("ssoRequired"), empty.body());

    String senco = "sid." + api.key();
    api.newAccount(
        api.newStaff(school, "Sid", "Senco", "SENCO", "Inclusion"), senco, PASSWORD, "SENCO");
    assertEquals(
        403,
        web.send(
                "PUT",
                path,
                "application/json",
                "{\"ssoRequired\":true}",
                "Authorization",
                basic(senco, PASSWORD))
            .statusCode());

    HttpResponse<String> set =
        web.send(
            "PUT",
            path,
            "application/json",
            "{\"ssoRequired\":true}",
            "Authorization",
            AdminApi.ADMIN);
    assertEquals(200, set.statusCode(), set.body());
    assertTrue(WebClient.json(set).getBoolean("ssoRequired"));
    assertEquals(
        "password sign-in off for its staff",
        api.auditRow("School", school, "SSO_REQUIRED").getString("detail"));
  }

  /** What the provider's next ID token of that issuer says about the person. */
  private void providerSays(String issuer, Map<String, Object> claims) {
    String clientId = "entra".equals(issuer) ? "sendcpd-it-entra" : "sendcpd-it-google";
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            issuer, "subject-" + api.key(), "JWT", List.of(clientId), claims, 300));
  }

  private void signInWith(String providerId) {
    browser.open(base, "/login.xhtml");
    browser.click(browser.waitFor(By.id("sso-" + providerId)));
  }

  private void waitForUrl(String path) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains(path));
    browser.waitForAjax();
  }

  private List<JsonObject> accounts() {
    return AdminApi.array(web.get("api/accounts", "Authorization", AdminApi.ADMIN)).stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private Optional<JsonObject> accountOf(long staffId) {
    return accounts().stream()
        .filter(a -> !a.isNull("staffId") && a.getJsonNumber("staffId").longValue() == staffId)
        .findFirst();
  }
}
