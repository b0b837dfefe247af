package org.sendcpd.outreach.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input on the outreach endpoints: malformed JSON, wrong types, impossible or out-of-range
 * dates, unknown codes, huge values. Each is a 400 naming what is wrong, never a 500, and changes
 * nothing: the requests, the offer and the asking school's calendar read the same after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutreachHostileInputIT {

  @ArquillianResource URL base;

  @Test
  void badRequestsForSupportAreRefusedAndChangeNothing() {
    OutreachScene s = new OutreachScene(base, "Outreach hostile");
    String before = s.get("api/support-requests", s.askingSenco).body();
    String today = LocalDate.now().toString();
    String ok =
        "\"competenceCode\": \"CI-03\", \"level\": 3, \"preferredDates\": [\"" + today + "\"]";
    Map<String, String> bodies =
        Map.ofEntries(
            Map.entry("{\"toStaffId\": ", "malformed"),
            Map.entry("[]", "not an object"),
            Map.entry("{\"toStaffId\": \"sian\", " + ok + "}", "toStaffId"),
            Map.entry("{\"toStaffId\": 1e40, " + ok + "}", "toStaffId"),
            Map.entry(
                "{\"toStaffId\": "
                    + s.holder
                    + ", \"competenceCode\": \"CI-03\", \"level\": 3,"
                    + " \"preferredDates\": [\"2027-02-30\"]}",
                "preferredDates"),
            Map.entry(
                "{\"toStaffId\": "
                    + s.holder
                    + ", \"competenceCode\": \"CI-03\", \"level\": 3,"
                    + " \"preferredDates\": [\"2001-01-01\"]}",
                "preferredDates"),
            Map.entry(
                "{\"toStaffId\": "
                    + s.holder
                    + ", \"competenceCode\": \"CI-03\", \"level\": 3,"
                    + " \"preferredDates\": []}",
                "preferredDates"),
            Map.entry(
                "{\"toStaffId\": "
                    + s.holder
                    + ", \"competenceCode\": \"ZZ-99\", \"level\": 3,"
                    + " \"preferredDates\": [\""
                    + today
                    + "\"]}",
                "competenceCode"),
            Map.entry(
                "{\"toStaffId\": "
                    + s.holder
                    + ", \"competenceCode\": \"CI-03\", \"level\": 99,"
                    + " \"preferredDates\": [\""
                    + today
                    + "\"]}",
                "level"),
            Map.entry(
                "{\"toStaffId\": "
                    + s.holder
                    + ", \"competenceCode\": \"CI-03\", \"level\": \"top\","
                    + " \"preferredDates\": [\""
                    + today
                    + "\"]}",
                "level"),
            Map.entry(
                "{\"toStaffId\": "
                    + s.holder
                    + ", "
                    + ok
                    + ", \"message\": \""
                    + "x".repeat(5000)
                    + "\"}",
                "message"),
            Map.entry("{\"toStaffId\": " + s.quietHolder + ", " + ok + "}", "toStaffId"),
            Map.entry("{\"toStaffId\": " + s.ta + ", " + ok + "}", "toStaffId"),
            Map.entry("{\"toStaffId\": 999999999, " + ok + "}", "toStaffId"));
    bodies.forEach(
        (body, field) -> {
          HttpResponse<String> answer = s.send("POST", "api/support-requests", body, s.askingSenco);
          assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
          assertTrue(
              answer.body().contains("\"error\""), "an error answer in JSON: " + answer.body());
          if (!field.contains(" ") && !field.equals("malformed")) {
            assertTrue(answer.body().contains(field), field + " named in " + answer.body());
          }
        });
    assertEquals(before, s.get("api/support-requests", s.askingSenco).body(), "nothing was asked");
  }

  @Test
  void badAnswersAndOffersAreRefusedAndChangeNothing() {
    OutreachScene s = new OutreachScene(base, "Outreach hostile answers");
    long request = s.ask();
    String path = "api/support-requests/" + request + "/accept";
    LocalDate day = LocalDate.now().plusDays(10);
    String calendarBefore = calendar(s);
    for (String body :
        new String[] {
          "{\"startsAt\": ",
          "{}",
          "{\"startsAt\": \"" + day + "T25:00:00\", \"endsAt\": \"" + day + "T12:00:00\"}",
          "{\"startsAt\": \"" + day + "T10:00:00\", \"endsAt\": \"" + day + "T09:00:00\"}",
          "{\"startsAt\": \"1999-01-01T10:00:00\", \"endsAt\": \"1999-01-01T11:00:00\"}",
          "{\"startsAt\": \""
              + day
              + "T10:00:00\", \"endsAt\": \""
              + day
              + "T11:00:00\", \"capacity\": 100000}",
          "{\"startsAt\": \""
              + day
              + "T10:00:00\", \"endsAt\": \""
              + day
              + "T11:00:00\", \"capacity\": \"many\"}",
          "{\"startsAt\": \""
              + day
              + "T10:00:00\", \"endsAt\": \""
              + day
              + "T11:00:00\", \"place\": \""
              + "p".repeat(300)
              + "\"}"
        }) {
      HttpResponse<String> answer = s.send("POST", path, body, s.head);
      assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
    }
    assertEquals(
        400,
        s.send(
                "POST",
                "api/support-requests/" + request + "/decline",
                "{\"reason\": \"" + "r".repeat(2000) + "\"}",
                s.head)
            .statusCode());
    assertTrue(
        s.get("api/support-requests/" + request, s.head).body().contains("\"REQUESTED\""),
        "still waiting");
    assertEquals(calendarBefore, calendar(s), "no session was planned");

    String offer = s.get("api/me/outreach", s.holderLogin).body();
    for (String body :
        new String[] {
          "{\"available\": ",
          "{\"available\": \"yes\"}",
          "{\"note\": \"no answer\"}",
          "{\"available\": true, \"note\": \"" + "n".repeat(501) + "\"}",
          "{\"available\": true, \"note\": 42}"
        }) {
      HttpResponse<String> answer = s.send("PUT", "api/me/outreach", body, s.holderLogin);
      assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
    }
    assertEquals(offer, s.get("api/me/outreach", s.holderLogin).body(), "the offer stands");
  }

  private static String calendar(OutreachScene s) {
    return s.get(
            "api/sessions?schoolId="
                + s.askingSchool
                + "&from="
                + LocalDate.now().minusDays(70)
                + "&to="
                + LocalDate.now().plusDays(400),
            s.askingSenco)
        .body();
  }
}
