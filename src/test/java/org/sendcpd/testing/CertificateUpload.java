package org.sendcpd.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** CPD logged through the API by the caller, and certificates sent to it as multipart bytes. */
public final class CertificateUpload {

  private CertificateUpload() {}

  /** Logs a pending CPD record for the caller; answers its id. */
  public static long logCpd(WebClient web, String authorization) {
    String body =
        Json.createObjectBuilder()
            .add("title", "Zones of regulation " + UUID.randomUUID().toString().substring(0, 6))
            .add("provider", "County outreach")
            .add("delivery", "SPECIALIST_EXTERNAL")
            .add("completedOn", LocalDate.now().minusDays(3).toString())
            .add("hours", 1.5)
            .add(
                "outcomes",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("competenceCode", "CI-02").add("level", 1)))
            .add("reflection", "Check-ins at the door help")
            .build()
            .toString();
    HttpResponse<String> created =
        web.send(
            "POST", "api/cpd-records", "application/json", body, "Authorization", authorization);
    assertEquals(201, created.statusCode(), created.body());
    return WebClient.json(created).getJsonNumber("id").longValue();
  }

  /** Sends a file as the multipart part "file" of the record's evidence. */
  public static HttpResponse<String> send(
      WebClient web, String authorization, long recordId, String name, byte[] content) {
    String boundary = "----cpd" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    return web.send(
        "POST",
        "api/cpd-records/" + recordId + "/evidence",
        "multipart/form-data; boundary=" + boundary,
        body.toByteArray(),
        "Authorization",
        authorization);
  }

  /** A real one-page PDF. */
  public static byte[] pdf() {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
