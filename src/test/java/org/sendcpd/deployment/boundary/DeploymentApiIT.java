package org.sendcpd.deployment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
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
 * Deployments over the API: a group's need profile drives its capacity, moving a TA out of Year 2
 * on Tuesdays makes the group-day gap and the per-day rule breach at once, and moving back clears
 * both; another school's SENCO may neither read nor change them; a CSV import is all or nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeploymentApiIT {

  static final String EVERY_DAY = "[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]";

  @ArquillianResource URL base;

  @Test
  void movingATaOutOfYear2OnTuesdaysOpensTheGapAndTheBreachAndMovingBackClosesThem() {
    DeploymentScene s = new DeploymentScene(new WebClient(base), "Deployment API");
    JsonObject before = s.year2Communication();
    assertEquals(4, before.getInt("pupils"), "the Year 2 profile drives Year 2's row");
    assertEquals(List.of(), strings(before.getJsonArray("gapDays")));
    JsonObject tuesday = before.getJsonObject("byDay").getJsonObject("TUE");
    assertEquals(1, tuesday.getInt("adultsEnhanced"));
    assertEquals(List.of(s.ta1Name), strings(tuesday.getJsonArray("names")));
    assertFalse(s.midazolamRule().getBoolean("breachedNow"), s.midazolamRule().toString());

    HttpResponse<String> moved =
        s.deploy(
            s.ta1,
            "[{\"group\":\"Year 2\",\"days\":[\"MON\",\"WED\",\"THU\",\"FRI\"]},"
                + "{\"group\":\"Year 3\",\"days\":[\"TUE\"]}]");
    JsonArray saved = array(moved.body());
    assertEquals(2, saved.size(), moved.body());

    JsonObject gap = s.year2Communication();
    assertEquals(List.of("TUE"), strings(gap.getJsonArray("gapDays")));
    assertEquals(0, gap.getJsonObject("byDay").getJsonObject("TUE").getInt("adultsEnhanced"));
    JsonObject rule = s.midazolamRule();
    assertTrue(rule.getBoolean("breachedNow"), rule.toString());
    assertEquals("TUE", rule.getString("day"));
    assertEquals("HOLDER_MOVES", rule.getString("cause"));
    assertEquals(s.ta1Name, rule.getString("causeStaffName"));

    s.deploy(s.ta1, "[{\"group\":\"Year 2\",\"days\":" + EVERY_DAY + "}]");
    assertEquals(List.of(), strings(s.year2Communication().getJsonArray("gapDays")));
    assertFalse(s.midazolamRule().getBoolean("breachedNow"), s.midazolamRule().toString());
  }

  @Test
  void aPlannedMoveShowsAheadAsALapseDoes() {
    DeploymentScene s = new DeploymentScene(new WebClient(base), "Deployment ahead");
    java.time.LocalDate easter = java.time.LocalDate.now().plusDays(30);
    s.deploy(
        s.ta2,
        "[{\"group\":\"Year 2\",\"days\":"
            + EVERY_DAY
            + ",\"to\":\""
            + easter.minusDays(1)
            + "\"},{\"group\":\"Year 4\",\"days\":"
            + EVERY_DAY
            + ",\"from\":\""
            + easter
            + "\"}]");
    JsonObject rule = s.midazolamRule();
    assertFalse(rule.getBoolean("breachedNow"));
    assertEquals(easter.toString(), rule.getString("breachDate"));
    assertEquals("HOLDER_MOVES", rule.getString("cause"));
    assertEquals("MON", rule.getString("day"));
  }

  @Test
  void anotherSchoolsSencoGets403AndChangesNothing() {
    WebClient web = new WebClient(base);
    DeploymentScene mine = new DeploymentScene(web, "Deployment mine");
    DeploymentScene theirs = new DeploymentScene(web, "Deployment theirs");
    String path = "api/staff/" + mine.ta1 + "/deployments";
    String before = web.get(path, "Authorization", mine.senco).body();
    assertEquals(403, web.get(path, "Authorization", theirs.senco).statusCode());
    HttpResponse<String> put =
        web.send(
            "PUT",
            path,
            DeploymentScene.JSON,
            "[{\"group\":\"Year 6\",\"days\":[\"MON\"]}]",
            "Authorization",
            theirs.senco);
    assertEquals(403, put.statusCode(), put.body());
    assertEquals(before, web.get(path, "Authorization", mine.senco).body());
    assertEquals(
        404,
        web.get("api/staff/999999999/deployments", "Authorization", AdminApi.ADMIN).statusCode());
  }

  @Test
  void aCsvImportReplacesThePeopleItNamesOrNothingAtAll() {
    WebClient web = new WebClient(base);
    DeploymentScene s = new DeploymentScene(web, "Deployment CSV");
    String ta2Email =
        WebClient.json(web.get("api/staff/" + s.ta2, "Authorization", s.senco)).getString("email");
    String path = "api/deployments/import?schoolId=" + s.school;
    String before = web.get("api/staff/" + s.ta2 + "/deployments", "Authorization", s.senco).body();
    HttpResponse<String> bad =
        web.send(
            "POST",
            path,
            "text/csv",
            "email,group,days,from,to\n"
                + ta2Email
                + ",Year 1,MON-WED,,\n"
                + ta2Email
                + ",Year 2,THU SAT,,\n"
                + "nobody@nowhere.example,Year 3,MON,,\n"
                + ta2Email
                + ",Year 4,FRI,31/02/2027,\n",
            "Authorization",
            s.senco);
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("SAT"), bad.body());
    assertTrue(bad.body().contains("nobody@nowhere.example"), bad.body());
    assertTrue(bad.body().contains("31/02/2027"), bad.body());
    assertEquals(
        before, web.get("api/staff/" + s.ta2 + "/deployments", "Authorization", s.senco).body());

    HttpResponse<String> good =
        web.send(
            "POST",
            path,
            "text/csv",
            "email,group,days,from,to\n"
                + ta2Email
                + ",Year 1,MON-WED,,\n"
                + ta2Email
                + ",The Hive,THU FRI,2026-09-01,\n",
            "Authorization",
            s.senco);
    assertEquals(200, good.statusCode(), good.body());
    assertEquals(1, WebClient.json(good).getInt("people"));
    JsonArray now =
        array(web.get("api/staff/" + s.ta2 + "/deployments", "Authorization", s.senco).body());
    assertEquals(2, now.size(), now.toString());
    assertEquals(List.of("MON", "TUE", "WED"), strings(now.getJsonObject(0).getJsonArray("days")));
  }

  static JsonArray array(String body) {
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray();
  }

  static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
