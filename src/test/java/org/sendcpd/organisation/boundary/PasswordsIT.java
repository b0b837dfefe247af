package org.sendcpd.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.WebClient;

/**
 * The password policy wherever a password is set over the API (an administrator creating or
 * resetting an account, a person changing their own), a person's own change asking for the current
 * password, and the forced change an administrator asks for. Accounts are this test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordsIT {

  static final String PASSWORD = "passwords-it-secret-3";

  @ArquillianResource URL base;

  @Test
  void weakPasswordsAreRefusedWithTheReasonInPlainWords() {
    WebClient web = new WebClient(base);
    AdminApi api = new AdminApi(web);
    long school = api.newSchool("Passwords IT");
    JsonObject person = api.newStaff(school, "Pat", "Policy", "TA", "Year 3");
    String name = "pat." + api.key();
    for (List<String> refused :
        List.of(
            List.of("kettle-mint", "at least 12 characters; this one has 11"),
            List.of(
                "k".repeat(100) + "ettle-mint-is-far-too-long-to-type-or-to-remember-1",
                "at most 128"),
            List.of("password1234", "100,000 most common passwords"),
            List.of("Password123!", "common password with digits or symbols added"),
            List.of("my-" + name + "-secret", "must not contain the username"))) {
      HttpResponse<String> answer = createAccount(web, person, name, refused.get(0));
      assertEquals(400, answer.statusCode(), refused.get(0));
      String error = WebClient.json(answer).getString("error");
      assertTrue(error.startsWith("The password") || error.startsWith("This password"), error);
      assertTrue(error.contains(refused.get(1)), error);
    }
    assertEquals(
        201, createAccount(web, person, name, "kettle-mint7").statusCode(), "12 characters");

    long id = api.account(idOf(web, name)).getJsonNumber("id").longValue();
    HttpResponse<String> reset =
        web.send(
            "PUT",
            "api/accounts/" + id,
            "application/json",
            "{\"password\":\"qwertyuiop123\"}",
            "Authorization",
            AdminApi.ADMIN);
    assertEquals(400, reset.statusCode(), "an administrator's reset follows the policy too");
  }

  @Test
  void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
    WebClient web = new WebClient(base);
    AdminApi api = new AdminApi(web);
    long school = api.newSchool("Own password IT");
    String name = "oli." + api.key();
    api.newAccount(api.newStaff(school, "Oli", "Owner", "TEACHER", "Year 2"), name, PASSWORD);
    String asOli = basic(name, PASSWORD);

    HttpResponse<String> wrongCurrent =
        changeOwn(web, asOli, "not-my-password-9", "a-new-password-for-oli");
    assertEquals(400, wrongCurrent.statusCode());
    assertEquals(
        "The current password is not right", WebClient.json(wrongCurrent).getString("error"));
    HttpResponse<String> weak = changeOwn(web, asOli, PASSWORD, "password1234");
    assertEquals(400, weak.statusCode());
    assertTrue(WebClient.json(weak).getString("error").contains("most common"), weak.body());

    assertEquals(204, changeOwn(web, asOli, PASSWORD, "lantern by the canal").statusCode());
    assertEquals(401, web.get("api/me", "Authorization", asOli).statusCode(), "the old password");
    assertEquals(
        200, web.get("api/me", "Authorization", basic(name, "lantern by the canal")).statusCode());
  }

  @Test
  void aForcedChangeAllowsNothingElseUntilDone() {
    WebClient web = new WebClient(base);
    AdminApi api = new AdminApi(web);
    long school = api.newSchool("Forced change IT");
    JsonObject person = api.newStaff(school, "Fay", "Forced", "TA", "Year 5");
    String name = "fay." + api.key();
    long id = api.newAccount(person, name, PASSWORD);
    String asFay = basic(name, PASSWORD);
    String records = "api/cpd-records?staffId=" + person.getJsonNumber("id").longValue();
    assertEquals(200, web.get(records, "Authorization", asFay).statusCode());

    HttpResponse<String> forced =
        web.send(
            "PUT",
            "api/accounts/" + id,
            "application/json",
            "{\"mustChangePassword\":true}",
            "Authorization",
            AdminApi.ADMIN);
    assertEquals(200, forced.statusCode(), forced.body());
    assertTrue(WebClient.json(forced).getBoolean("mustChangePassword"));

    HttpResponse<String> refused = web.get(records, "Authorization", asFay);
    assertEquals(403, refused.statusCode());
    assertTrue(
        WebClient.json(refused).getString("error").contains("choose a new password first"),
        refused.body());
    assertTrue(
        WebClient.json(web.get("api/me", "Authorization", asFay)).getBoolean("mustChangePassword"));

    assertEquals(204, changeOwn(web, asFay, PASSWORD, "a fresh one for fay").statusCode());
    String asFayNow = basic(name, "a fresh one for fay");
    assertEquals(
        200, web.get(records, "Authorization", asFayNow).statusCode(), "done: back to work");
    assertTrue(
        api.auditRow("UserAccount", id, "PASSWORD_CHANGED")
            .getString("detail")
            .contains("password changed"));
  }

  static HttpResponse<String> changeOwn(WebClient web, String as, String current, String next) {
    String body =
        Json.createObjectBuilder()
            .add("currentPassword", current)
            .add("newPassword", next)
            .build()
            .toString();
    return web.send("PUT", "api/me/password", "application/json", body, "Authorization", as);
  }

  static HttpResponse<String> createAccount(
      WebClient web, JsonObject person, String name, String password) {
    String body =
        Json.createObjectBuilder()
            .add("staffId", person.getJsonNumber("id").longValue())
            .add("username", name)
            .add("password", password)
            .add("roles", Json.createArrayBuilder())
            .build()
            .toString();
    return web.send(
        "POST", "api/accounts", "application/json", body, "Authorization", AdminApi.ADMIN);
  }

  static long idOf(WebClient web, String name) {
    return AdminApi.array(web.get("api/accounts", "Authorization", AdminApi.ADMIN)).stream()
        .map(v -> v.asJsonObject())
        .filter(a -> a.getString("username").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
