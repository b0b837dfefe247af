package org.sendcpd.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.WebClient;

/**
 * The session reports through the API on the demo school: the term calendar, a sign-in sheet and
 * certificates of attendance, their PDF text checked against the sessions and bookings APIs, and
 * who is refused what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionReportsIT {

  static final String SENCO = "eleanor.shah";
  static final String TA = "ellie.robinson";
  static final String DEMO = "oakfield-demo";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @ArquillianResource URL base;

  HttpResponse<byte[]> download(String path, String user) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(new WebClient(base).uri(path))
            .header("Authorization", basic(user, DEMO))
            .timeout(Duration.ofSeconds(120))
            .GET()
            .build();
    long start = System.nanoTime();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    System.out.printf("IT %s %d ms%n", path, (System.nanoTime() - start) / 1_000_000);
    return response;
  }

  JsonArray array(String path, String user) {
    String body = new WebClient(base).get(path, "Authorization", basic(user, DEMO)).body();
    return Json.createReader(new StringReader(body)).readArray();
  }

  static String text(HttpResponse<byte[]> pdf) {
    assertEquals(200, pdf.statusCode(), new String(pdf.body()));
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The demo's delivered sessions of the last ten weeks, oldest first. */
  List<JsonObject> delivered() {
    LocalDate today = LocalDate.now();
    return array("api/sessions?from=" + today.minusWeeks(10) + "&to=" + today, SENCO).stream()
        .map(JsonObject.class::cast)
        .filter(s -> s.getString("status").equals("DELIVERED"))
        .toList();
  }

  boolean inHouse(JsonObject session) {
    JsonObject course =
        WebClient.json(
            new WebClient(base)
                .get(
                    "api/courses/" + session.getJsonNumber("courseId").longValue(),
                    "Authorization",
                    basic(SENCO, DEMO)));
    return course.getString("delivery").equals("IN_HOUSE");
  }

  List<JsonObject> bookings(long sessionId) {
    return array("api/sessions/" + sessionId + "/bookings", SENCO).stream()
        .map(JsonObject.class::cast)
        .toList();
  }

  long staffId(String user) {
    return WebClient.json(new WebClient(base).get("api/me", "Authorization", basic(user, DEMO)))
        .getJsonNumber("staffId")
        .longValue();
  }

  @Test
  void theCalendarListsTheTermsSessionsAsTheSessionsApiDoes() throws Exception {
    String text = text(download("api/reports/calendar.pdf", SENCO));
    Matcher term =
        Pattern.compile("Term (\\d\\d/\\d\\d/\\d{4}) – (\\d\\d/\\d\\d/\\d{4})").matcher(text);
    assertTrue(term.find(), text);
    LocalDate from = LocalDate.parse(term.group(1), DAY);
    LocalDate to = LocalDate.parse(term.group(2), DAY);
    assertTrue(!LocalDate.now().isAfter(to), text);
    List<JsonObject> sessions =
        array("api/sessions?from=" + from + "&to=" + to, SENCO).stream()
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
    assertEquals(200, download("api/reports/calendar.xlsx", TA).statusCode());
    assertEquals(400, download("api/reports/calendar.csv", SENCO).statusCode());
  }

  @Test
  void theSignInSheetNamesEveryoneHoldingAPlace() throws Exception {
    JsonObject session = delivered().stream().filter(this::inHouse).findFirst().orElseThrow();
    long id = session.getJsonNumber("id").longValue();
    HttpResponse<byte[]> pdf = download("api/reports/register.pdf?sessionId=" + id, SENCO);
    String text = text(pdf);
    assertTrue(text.contains(session.getString("courseTitle")), text);
    List<JsonObject> places =
        bookings(id).stream()
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
    assertEquals(200, download("api/reports/register.xlsx?sessionId=" + id, SENCO).statusCode());
    assertEquals(403, download("api/reports/register.pdf?sessionId=" + id, TA).statusCode());
    assertEquals(400, download("api/reports/register.pdf", SENCO).statusCode());
    assertEquals(400, download("api/reports/register.csv?sessionId=" + id, SENCO).statusCode());
  }

  @Test
  void aFacilitatorPrintsTheSheetOfTheirSession() throws Exception {
    JsonObject session =
        delivered().stream()
            .filter(s -> "Natalie Fraser".equals(s.getString("facilitatorName", null)))
            .findFirst()
            .orElseThrow();
    long id = session.getJsonNumber("id").longValue();
    assertEquals(
        200, download("api/reports/register.pdf?sessionId=" + id, "natalie.fraser").statusCode());
  }

  @Test
  void aTeachingAssistantGetsTheirOwnCertificateAndNoOneElses() throws Exception {
    long ellie = staffId(TA);
    JsonObject session =
        delivered().stream()
            .filter(this::inHouse)
            .filter(
                s ->
                    bookings(s.getJsonNumber("id").longValue()).stream()
                        .anyMatch(
                            b ->
                                b.getJsonNumber("staffId").longValue() == ellie
                                    && b.getString("status").equals("ATTENDED")))
            .findFirst()
            .orElseThrow();
    long id = session.getJsonNumber("id").longValue();
    HttpResponse<byte[]> own = download("api/reports/certificate.pdf?sessionId=" + id, TA);
    String text = text(own);
    assertTrue(text.contains("Ellie Robinson"), text);
    assertTrue(text.contains(session.getString("courseTitle")), text);
    assertTrue(text.contains("Eleanor Shah"), text);
    assertTrue(
        own.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("oakfield-primary-school-certificate-ellie-robinson-"));
    JsonObject other =
        bookings(id).stream()
            .filter(b -> b.getString("status").equals("ATTENDED"))
            .filter(b -> b.getJsonNumber("staffId").longValue() != ellie)
            .findFirst()
            .orElseThrow();
    String theirs =
        "api/reports/certificate.pdf?sessionId="
            + id
            + "&staffId="
            + other.getJsonNumber("staffId");
    assertEquals(403, download(theirs, TA).statusCode());
    assertEquals(200, download(theirs.replace(".pdf", ".xlsx"), SENCO).statusCode());
  }

  @Test
  void certificatesAreForInHouseSessionsThePersonAttended() throws Exception {
    JsonObject external = delivered().stream().filter(s -> !inHouse(s)).findFirst().orElseThrow();
    long id = external.getJsonNumber("id").longValue();
    JsonObject attended =
        bookings(id).stream()
            .filter(b -> b.getString("status").equals("ATTENDED"))
            .findFirst()
            .orElseThrow();
    HttpResponse<byte[]> refused =
        download(
            "api/reports/certificate.pdf?sessionId="
                + id
                + "&staffId="
                + attended.getJsonNumber("staffId"),
            SENCO);
    assertEquals(400, refused.statusCode());
    assertTrue(new String(refused.body()).contains("in-house"), new String(refused.body()));
    JsonObject inHouse = delivered().stream().filter(this::inHouse).findFirst().orElseThrow();
    long inHouseId = inHouse.getJsonNumber("id").longValue();
    JsonObject absent =
        bookings(inHouseId).stream()
            .filter(b -> b.getString("status").equals("ABSENT"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        400,
        download(
                "api/reports/certificate.pdf?sessionId="
                    + inHouseId
                    + "&staffId="
                    + absent.getJsonNumber("staffId"),
                SENCO)
            .statusCode());
  }
}
