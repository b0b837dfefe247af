package org.sendcpd.outreach.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.WebClient;

/**
 * Expertise across the trust through the API, in two schools each test makes: a SENCO finds a
 * colleague of another school who offered outreach (by name, role, school and level only), asks for
 * support, the colleague's head accepts, the session is on the asking school's calendar, and its
 * register records both the learners and the colleague who led it. Who may answer, and what a
 * searcher never sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutreachIT {

  static final Set<String> OTHER_SCHOOL_FIELDS =
      Set.of("staffId", "name", "jobRole", "schoolName", "level", "levelName");

  @ArquillianResource URL base;

  @Test
  void aSencoFindsAnOptedInColleagueTheHeadAcceptsAndTheRegisterRecordsBothSides() {
    OutreachScene s = new OutreachScene(base, "Outreach journey");
    List<JsonObject> found =
        s.array(
                s.get(
                    "api/analysis/expertise?competenceCode=CI-03&level=specialist", s.askingSenco))
            .getValuesAs(JsonObject.class);
    JsonObject sian =
        found.stream()
            .filter(r -> r.getJsonNumber("staffId").longValue() == s.holder)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the opted-in specialist: " + found));
    assertEquals(OTHER_SCHOOL_FIELDS, sian.keySet(), "nothing beyond name, role, school, level");
    assertEquals("Sian Specialist", sian.getString("name"));
    assertEquals("TEACHER", sian.getString("jobRole"));
    assertTrue(sian.getString("schoolName").startsWith("Outreach journey holders"));
    assertEquals(3, sian.getInt("level"));
    assertTrue(
        found.stream().noneMatch(r -> r.getJsonNumber("staffId").longValue() == s.quietHolder),
        "a holder who did not offer outreach is not found by other schools");
    assertTrue(
        found.stream().allMatch(r -> r.keySet().equals(OTHER_SCHOOL_FIELDS)),
        "the asking school holds none itself, so every find is another school's: " + found);

    long request = s.ask();
    JsonObject waiting = WebClient.json(s.get("api/support-requests/" + request, s.head));
    assertEquals("REQUESTED", waiting.getString("status"));
    assertTrue(waiting.getBoolean("mayDecide"), "the holder's head answers it");

    LocalDate yesterday = LocalDate.now().minusDays(1);
    HttpResponse<String> accepted =
        s.send(
            "POST",
            "api/support-requests/" + request + "/accept",
            "{\"startsAt\": \""
                + yesterday
                + "T13:30:00\", \"endsAt\": \""
                + yesterday
                + "T15:30:00\", \"place\": \"Hall\", \"capacity\": 4}",
            s.head);
    assertEquals(200, accepted.statusCode(), accepted.body());
    JsonObject answer = WebClient.json(accepted);
    assertEquals("ACCEPTED", answer.getString("status"));
    long session = answer.getJsonNumber("sessionId").longValue();

    JsonObject onCalendar =
        s
            .array(
                s.get(
                    "api/sessions?schoolId="
                        + s.askingSchool
                        + "&from="
                        + yesterday
                        + "&to="
                        + yesterday,
                    s.askingSenco))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(x -> x.getJsonNumber("id").longValue() == session)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the session on the asking school's calendar"));
    assertEquals(s.holder, onCalendar.getJsonNumber("facilitatorId").longValue());
    assertEquals(s.askingSchool, onCalendar.getJsonNumber("schoolId").longValue());

    assertEquals(
        201,
        s.send(
                "POST",
                "api/sessions/" + session + "/bookings",
                "{\"staffId\": " + s.ta + "}",
                s.askingSenco)
            .statusCode());
    HttpResponse<String> register =
        s.send(
            "PUT",
            "api/sessions/" + session + "/register",
            "[{\"staffId\": " + s.ta + ", \"attended\": true}]",
            s.askingSenco);
    assertEquals(200, register.statusCode(), register.body());

    JsonObject learned = onlyRecord(s.get("api/cpd-records?staffId=" + s.ta, s.askingSenco));
    assertEquals("REGISTER", learned.getString("source"));
    assertEquals("VERIFIED", learned.getString("status"));
    assertEquals("SCHOOL_TO_SCHOOL", learned.getString("delivery"));
    JsonObject outcome = learned.getJsonArray("outcomes").getJsonObject(0);
    assertEquals("CI-03", outcome.getString("competenceCode"));
    assertEquals(3, outcome.getInt("level"));

    JsonObject led =
        s.array(s.get("api/cpd-records", s.holderLogin)).getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("source").equals("FACILITATED"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the leader's record"));
    assertEquals("VERIFIED", led.getString("status"));
    assertTrue(led.getString("title").startsWith("Led: School-to-school: CI-03"));
    assertTrue(led.getJsonArray("outcomes").isEmpty(), "leading evidences no new competence");
    assertEquals(2.0, led.getJsonNumber("hours").doubleValue(), 0.001);

    HttpResponse<String> again =
        s.send(
            "PUT",
            "api/sessions/" + session + "/register",
            "[{\"staffId\": " + s.ta + ", \"attended\": true}]",
            s.askingSenco);
    assertEquals(200, again.statusCode(), again.body());
    long leaderRecords =
        s.array(s.get("api/cpd-records", s.holderLogin)).getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("source").equals("FACILITATED"))
            .count();
    assertEquals(1, leaderRecords, "marking the register again adds no second leader record");
  }

  @Test
  void onlyTheHoldersHeadOrTheHolderWithTheHeadsAgreementAnswers() {
    OutreachScene s = new OutreachScene(base, "Outreach rights");
    long request = s.ask();
    String when =
        "\"startsAt\": \""
            + LocalDate.now().plusDays(20)
            + "T09:00:00\", \"endsAt\": \""
            + LocalDate.now().plusDays(20)
            + "T11:00:00\"";
    String path = "api/support-requests/" + request + "/accept";
    assertEquals(403, s.send("POST", path, "{" + when + "}", s.askingSenco).statusCode());
    assertEquals(403, s.send("POST", path, "{" + when + "}", s.holdersSenco).statusCode());
    HttpResponse<String> alone = s.send("POST", path, "{" + when + "}", s.holderLogin);
    assertEquals(403, alone.statusCode());
    assertTrue(alone.body().contains("head"), alone.body());
    assertEquals(
        400,
        s.send("POST", "api/support-requests/" + request + "/decline", "{}", s.head).statusCode(),
        "a decline says why");
    HttpResponse<String> agreed =
        s.send("POST", path, "{" + when + ", \"headAgreed\": true}", s.holderLogin);
    assertEquals(200, agreed.statusCode(), agreed.body());
    assertEquals(
        409,
        s.send(
                "POST",
                "api/support-requests/" + request + "/decline",
                "{\"reason\": \"Too late\"}",
                s.head)
            .statusCode(),
        "a decided request stays decided");

    long second = s.ask();
    HttpResponse<String> declined =
        s.send(
            "POST",
            "api/support-requests/" + second + "/decline",
            "{\"reason\": \"Sian is on a residential trip that fortnight.\"}",
            s.head);
    assertEquals(200, declined.statusCode(), declined.body());
    JsonObject seen = WebClient.json(s.get("api/support-requests/" + second, s.askingSenco));
    assertEquals("DECLINED", seen.getString("status"));
    assertEquals("Sian is on a residential trip that fortnight.", seen.getString("reason"));
    assertEquals(JsonValue.NULL, seen.get("sessionId"));

    assertEquals(
        403,
        s.get("api/analysis/expertise?competenceCode=CI-03", s.taLogin).statusCode(),
        "a TA does not search");
    assertEquals(
        403,
        s.send("POST", "api/support-requests", s.request(LocalDate.now().plusDays(3)), s.taLogin)
            .statusCode(),
        "a TA does not ask another school");
    assertEquals(
        400,
        s.get("api/support-requests/" + second, s.taLogin).statusCode(),
        "nor reads another's request");
  }

  private JsonObject onlyRecord(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    List<JsonObject> records = AdminApi.array(response).getValuesAs(JsonObject.class);
    assertEquals(1, records.size(), records.toString());
    return records.get(0);
  }
}
