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
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.WebClient;

/**
 * Password guessing, as an attacker runs it, on both sign-in routes: twenty wrong passwords lock
 * the account, then the right one is refused with the very answer a wrong one gets, from any
 * address, until the lock ends or an administrator unlocks; the lock is in the audit log. Names
 * that have no account are throttled alike, and so is an address guessing at many names. Each test
 * signs in from client addresses of its own (X-Forwarded-For through the trusted local proxy), and
 * locks only accounts it created, so the rest of the suite signs in undisturbed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottlingIT {

  static final String PASSWORD = "throttle-it-secret-7";
  static final String WRONG = "{\"error\":\"Username or password is not right\",\"details\":[]}";

  @ArquillianResource URL base;

  /** A client address no other test uses (IPv6 documentation range). */
  static String address() {
    String hex = UUID.randomUUID().toString().replace("-", "");
    return "2001:db8::" + hex.substring(0, 4) + ":" + hex.substring(4, 8);
  }

  @Test
  void twentyWrongPasswordsOverTheApiLockTheAccountUntilAnAdministratorUnlocks() {
    WebClient admin = new WebClient(base);
    AdminApi api = new AdminApi(admin);
    long school = api.newSchool("Throttle API IT");
    String name = "tina." + api.key();
    long id =
        api.newAccount(api.newStaff(school, "Tina", "Guessed", "TA", "Year 4"), name, PASSWORD);
    WebClient attacker = new WebClient(base).from(address());

    for (int i = 1; i <= 20; i++) {
      HttpResponse<String> wrong =
          attacker.get("api/me", "Authorization", basic(name, "guess-number-" + i));
      assertEquals(401, wrong.statusCode(), "guess " + i);
      assertEquals(WRONG, wrong.body(), "guess " + i);
    }
    Instant lockedAt = Instant.now();
    HttpResponse<String> right = attacker.get("api/me", "Authorization", basic(name, PASSWORD));
    assertEquals(401, right.statusCode(), "the right password during the lock");
    assertEquals(WRONG, right.body(), "the same answer as a wrong password: nothing revealed");
    HttpResponse<String> elsewhere =
        new WebClient(base).from(address()).get("api/me", "Authorization", basic(name, PASSWORD));
    assertEquals(401, elsewhere.statusCode(), "the lock holds for the account from any address");
    assertTrue(
        new WebClient(base)
            .from(address())
            .signIn(name, PASSWORD)
            .body()
            .contains("That username and password do not match"),
        "and on the sign-in form");

    JsonObject account = api.account(id);
    Instant until = Instant.parse(account.getString("lockedUntil"));
    assertTrue(
        until.isAfter(lockedAt.plus(Duration.ofMinutes(14)))
            && until.isBefore(lockedAt.plus(Duration.ofMinutes(16))),
        "locked for 15 minutes: " + account);
    JsonObject audited = api.auditRow("UserAccount", id, "SIGN_IN_LOCKED");
    assertEquals(name, audited.getString("actor"));
    assertTrue(
        audited.getString("detail").startsWith("locked for 15 minutes after 10"),
        audited.toString());

    HttpResponse<String> unlocked =
        admin.send(
            "POST",
            "api/accounts/" + id + "/unlock",
            "application/json",
            "",
            "Authorization",
            AdminApi.ADMIN);
    assertEquals(200, unlocked.statusCode(), unlocked.body());
    assertEquals(JsonValue.NULL, WebClient.json(unlocked).get("lockedUntil"));
    assertTrue(
        api.auditRow("UserAccount", id, "ACCOUNT_UNLOCKED")
            .getString("detail")
            .contains("lockedUntil"));
    assertEquals(
        200,
        new WebClient(base)
            .from(address())
            .get("api/me", "Authorization", basic(name, PASSWORD))
            .statusCode(),
        "unlocked: the right password works at once");
  }

  @Test
  void twentyWrongPasswordsOnTheSignInFormLockTheAccountOnBothRoutes() {
    WebClient admin = new WebClient(base);
    AdminApi api = new AdminApi(admin);
    long school = api.newSchool("Throttle form IT");
    String name = "fred." + api.key();
    long id =
        api.newAccount(
            api.newStaff(school, "Fred", "Formfilled", "TEACHER", "Year 1"), name, PASSWORD);
    WebClient attacker = new WebClient(base).from(address());

    for (int i = 1; i <= 20; i++) {
      HttpResponse<String> wrong = attacker.signIn(name, "form-guess-" + i);
      assertEquals(200, wrong.statusCode(), "guess " + i + " stays on the login page");
      assertTrue(wrong.body().contains("That username and password do not match"), "guess " + i);
    }
    HttpResponse<String> right = attacker.signIn(name, PASSWORD);
    assertEquals(200, right.statusCode(), "not signed in: no redirect");
    assertTrue(right.body().contains("That username and password do not match"), right.body());
    assertTrue(attacker.get("training/my-cpd.xhtml").statusCode() == 302, "still signed out");
    assertEquals(
        401,
        new WebClient(base)
            .from(address())
            .get("api/me", "Authorization", basic(name, PASSWORD))
            .statusCode(),
        "the API refuses the locked account too");
    assertTrue(api.account(id).containsKey("lockedUntil"));
    assertFalse(api.account(id).isNull("lockedUntil"), "locked: " + api.account(id));
    api.auditRow("UserAccount", id, "SIGN_IN_LOCKED");
  }

  @Test
  void aNameWithoutAnAccountIsThrottledAndAnsweredLikeARealOne() {
    WebClient web = new WebClient(base);
    AdminApi api = new AdminApi(web);
    String madeUp = "nobody." + api.key();
    WebClient attacker = new WebClient(base).from(address());
    for (int i = 1; i <= 12; i++) {
      HttpResponse<String> wrong =
          attacker.get("api/me", "Authorization", basic(madeUp, "guess-" + i));
      assertEquals(401, wrong.statusCode());
      assertEquals(WRONG, wrong.body());
    }
    HttpResponse<String> locks =
        web.get("api/audit?action=SIGN_IN_LOCKED", "Authorization", AdminApi.ADMIN);
    assertTrue(
        AdminApi.array(locks).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(r -> r.getString("actor").equals(madeUp) && r.isNull("entityId")),
        "the made-up name was locked like an account: " + locks.body());
  }

  @Test
  void anAddressGuessingAtManyNamesIsLockedForEveryName() {
    WebClient admin = new WebClient(base);
    AdminApi api = new AdminApi(admin);
    long school = api.newSchool("Throttle address IT");
    String name = "ada." + api.key();
    api.newAccount(api.newStaff(school, "Ada", "Sprayed", "TA", "Year 6"), name, PASSWORD);
    String guesser = address();
    WebClient spray = new WebClient(base).from(guesser);
    for (int i = 1; i <= 100; i++) {
      // one guess per name: no name reaches its own limit, the address does
      assertEquals(
          401,
          spray
              .get("api/me", "Authorization", basic("spray" + i + "." + api.key(), "Summer2026!"))
              .statusCode());
    }
    HttpResponse<String> right = spray.get("api/me", "Authorization", basic(name, PASSWORD));
    assertEquals(401, right.statusCode(), "a right password from the locked address");
    assertEquals(WRONG, right.body());
    assertEquals(
        200,
        new WebClient(base)
            .from(address())
            .get("api/me", "Authorization", basic(name, PASSWORD))
            .statusCode(),
        "the same account from another address");
    HttpResponse<String> locks =
        admin.get("api/audit?action=SIGN_IN_LOCKED", "Authorization", AdminApi.ADMIN);
    assertTrue(
        AdminApi.array(locks).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                r ->
                    r.getString("entityType").equals("ClientAddress")
                        && r.getString("detail").endsWith(guesser)),
        locks.body());
  }
}
