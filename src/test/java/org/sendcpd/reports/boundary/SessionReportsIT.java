package org.sendcpd.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.reports.boundary.SessionReportsApi.SENCO;
import static org.sendcpd.reports.boundary.SessionReportsApi.TA;
import static org.sendcpd.reports.boundary.SessionReportsApi.text;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The term calendar and a session's sign-in sheet through the API on the demo school, their PDF
 * text checked against the sessions and bookings APIs, and who is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionReportsIT {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @ArquillianResource URL base;

  SessionReportsApi api;

  @BeforeEach
  void connect() {
    api = new SessionReportsApi(base);
  }

  @Test
  void theCalendarListsTheTermsSessionsAsTheSessionsApiDoes() throws Exception {
    String text = text(api.download("api/reports/calendar.pdf", SENCO));
    Matcher term =
        Pattern.compile("Term (\\d\\d/\\d\\d/\\d{4}) – (\\d\\d/\\d\\d/\\d{4})").matcher(text);
    assertTrue(term.find(), text);
    LocalDate from = LocalDate.parse(term.group(1), DAY);
    LocalDate to = LocalDate.parse(term.group(2), DAY);
    assertTrue(!LocalDate.now().isAfter(to), text);
    List<JsonObject> sessions =
        api.array("api/sessions?from=" + from + "&to=" + to, SENCO).stream()
            .map(JsonObject.class::cast)
            .toList();
    assertTrue(sessions.size() > 3, sessions.toString());
    for (JsonObject s : sessions) {
      String title = s.getString("courseTitle");
      assertTrue(text.contains(title.substring(0, Math.min(20, title.length()))), title);
      String places = s.getJsonNumber("placesTaken").longValue() + " / " + s.getInt("capacity");
      assertTrue(text.contains(places), places + " for " + title + "\n" + text);
    }
    long open = sessions.stream().filter(s -> !s.getString("status").equals("CANCELLED")).count();
    assertTrue(text.contains(open + " sessions"), text);
    assertTrue(text.contains("INSET day"), text);
    assertEquals(200, api.download("api/reports/calendar.xlsx", TA).statusCode());
    assertEquals(400, api.download("api/reports/calendar.csv", SENCO).statusCode());
  }

  @Test
  void theSignInSheetNamesEveryoneHoldingAPlace() throws Exception {
    JsonObject session = api.delivered().stream().filter(api::inHouse).findFirst().orElseThrow();
    long id = session.getJsonNumber("id").longValue();
    HttpResponse<byte[]> pdf = api.download("api/reports/register.pdf?sessionId=" + id, SENCO);
    String text = text(pdf);
    assertTrue(text.contains(session.getString("courseTitle")), text);
    List<JsonObject> places =
        api.bookings(id).stream()
            .filter(b -> List.of("BOOKED", "ATTENDED", "ABSENT").contains(b.getString("status")))
            .toList();
    places.forEach(b -> assertTrue(text.contains(b.getString("name")), b.getString("name")));
    long present = places.stream().filter(b -> b.getString("status").equals("ATTENDED")).count();
    assertTrue(text.contains(present + " present"), text);
    assertTrue(
        text.contains(places.size() + " of " + session.getInt("capacity") + " booked"), text);
    String date = session.getString("startsAt").substring(0, 10);
    assertEquals(
        "attachment; filename=\"oakfield-primary-school-register-" + date + ".pdf\"",
        pdf.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals(
        200, api.download("api/reports/register.xlsx?sessionId=" + id, SENCO).statusCode());
    assertEquals(403, api.download("api/reports/register.pdf?sessionId=" + id, TA).statusCode());
    assertEquals(400, api.download("api/reports/register.pdf", SENCO).statusCode());
    assertEquals(400, api.download("api/reports/register.csv?sessionId=" + id, SENCO).statusCode());
  }

  @Test
  void aFacilitatorPrintsTheSheetOfTheirSession() throws Exception {
    JsonObject session =
        api.delivered().stream()
            .filter(s -> "Natalie Fraser".equals(s.getString("facilitatorName", null)))
            .findFirst()
            .orElseThrow();
    long id = session.getJsonNumber("id").longValue();
    assertEquals(
        200,
        api.download("api/reports/register.pdf?sessionId=" + id, "natalie.fraser").statusCode());
  }
}
