package org.sendcpd.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sendcpd.testing.WebClient;

/** The demo school's sessions, bookings and session reports through the API, for the ITs. */
final class SessionReportsApi {

  static final String SENCO = "eleanor.shah";
  static final String TA = "ellie.robinson";
  static final String DEMO = "oakfield-demo";

  private final URL base;

  SessionReportsApi(URL base) {
    this.base = base;
  }

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
}
