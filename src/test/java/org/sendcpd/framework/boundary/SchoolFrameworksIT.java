package org.sendcpd.framework.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * A school's own framework asks things of that school's staff only: Riverside's SENCO imports one
 * with a TA requirement, Riverside's TAs have the gap and Oakfield's do not; Oakfield's SENCO
 * cannot read it; and a SENCO changes none of the frameworks every school shares.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolFrameworksIT {

  static final String DEMO = "oakfield-demo";
  static final String RIVERSIDE = basic("marcus.bennett", DEMO);
  static final String OAKFIELD = basic("eleanor.shah", DEMO);
  static final String TRUST_LEAD = basic("trust.lead", DEMO);
  static final String DATE = "2026-11-23";

  @ArquillianResource URL base;

  @Test
  void riversidesOwnFrameworkAsksRiversideStaffOnly() {
    WebClient api = new WebClient(base);
    String code = "RV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    long riverside = schoolOf(api, RIVERSIDE);
    HttpResponse<String> imported =
        api.send(
            "POST",
            "api/frameworks/import",
            "application/json",
            framework("Riverside reading " + code, code),
            "Authorization",
            RIVERSIDE);
    assertEquals(201, imported.statusCode(), imported.body());
    JsonObject summary = WebClient.json(imported);
    long id = summary.getJsonNumber("id").longValue();
    assertEquals(riverside, summary.getJsonNumber("schoolId").longValue());

    String riversideGaps = gaps(api, RIVERSIDE, riverside);
    assertTrue(riversideGaps.contains("\"competenceCode\":\"" + code + "-01\""), "Riverside TAs");
    String oakfieldGaps = gaps(api, OAKFIELD, schoolOf(api, OAKFIELD));
    assertFalse(oakfieldGaps.contains(code), "Oakfield's staff are asked nothing new");

    assertFalse(list(api, OAKFIELD).contains(code), "Oakfield's SENCO does not list it");
    HttpResponse<String> read = api.get("api/frameworks/" + id, "Authorization", OAKFIELD);
    assertEquals(403, read.statusCode(), read.body());
    assertTrue(read.body().contains("another school's own"), read.body());
    assertTrue(list(api, TRUST_LEAD).contains(code), "the trust lead sees every school's");
  }

  @Test
  void aSencoReadsButCannotChangeTheSharedFrameworks() {
    WebClient api = new WebClient(base);
    long shared = sharedFrameworkId(api, "TA professional standards");
    try (Browser browser = Browser.start()) {
      browser.signIn(base, "marcus.bennett", DEMO);
      browser.click(browser.waitFor(By.id("menuFrameworks")));
      String table = browser.waitFor(By.id("frameworks:table")).getText();
      assertTrue(table.contains("TA professional standards"), table);
      assertTrue(table.contains("Every school"), table);
      assertTrue(browser.driver().findElements(By.linkText("TA professional standards")).isEmpty());
      assertTrue(
          browser.driver().findElement(By.id("import")).getText().contains("your school's own"));
      browser.screenshot("frameworks-riverside-senco");

      browser.open(base, "/framework/framework-edit.xhtml?id=" + shared);
      String refusal = browser.waitFor(By.id("error-403")).getText();
      assertTrue(refusal.contains("is shared by every school of the trust"), refusal);
      assertTrue(refusal.contains("only the trust lead or an administrator changes it"), refusal);
      browser.screenshot("framework-shared-refused");
    }
  }

  private static String framework(String name, String code) {
    return "{\"name\": \""
        + name
        + "\", \"version\": \"1\", \"levels\": [{\"rank\": 1, \"name\": \"Aware\"}, {\"rank\": 2,"
        + " \"name\": \"Confident\"}], \"areas\": [{\"code\": \""
        + code
        + "\", \"name\": \"Reading in secondary\", \"areaOfNeed\": \"COGNITION_AND_LEARNING\","
        + " \"competences\": [{\"code\": \""
        + code
        + "-01\", \"statement\": \"Runs a precision teaching session for reading\"}]}],"
        + " \"requirements\": [{\"jobRole\": \"TA\", \"competenceCode\": \""
        + code
        + "-01\", \"level\": 2}]}";
  }

  private static long schoolOf(WebClient api, String who) {
    HttpResponse<String> me = api.get("api/me", "Authorization", who);
    assertEquals(200, me.statusCode(), me.body());
    return WebClient.json(me).getJsonNumber("schoolId").longValue();
  }

  private static String gaps(WebClient api, String who, long school) {
    HttpResponse<String> gaps =
        api.get(
            "api/analysis/gaps?all=true&schoolId=" + school + "&date=" + DATE,
            "Authorization",
            who);
    assertEquals(200, gaps.statusCode(), gaps.body());
    return gaps.body();
  }

  private static String list(WebClient api, String who) {
    HttpResponse<String> list = api.get("api/frameworks", "Authorization", who);
    assertEquals(200, list.statusCode(), list.body());
    return list.body();
  }

  private static long sharedFrameworkId(WebClient api, String name) {
    JsonArray all = Json.createReader(new StringReader(list(api, TRUST_LEAD))).readArray();
    return all.getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("name").equals(name) && f.isNull("schoolId"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
