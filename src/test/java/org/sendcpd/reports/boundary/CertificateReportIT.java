package org.sendcpd.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.reports.boundary.SessionReportsApi.SENCO;
import static org.sendcpd.reports.boundary.SessionReportsApi.TA;
import static org.sendcpd.reports.boundary.SessionReportsApi.text;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates of attendance through the API on the demo school: one's own, refused for someone
 * else's, and refused for a session that is not in-house or that the person did not attend.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateReportIT {

  @ArquillianResource URL base;

  SessionReportsApi api;

  @BeforeEach
  void connect() {
    api = new SessionReportsApi(base);
  }

  @Test
  void aTeachingAssistantGetsTheirOwnCertificateAndNoOneElses() throws Exception {
    long ellie = api.staffId(TA);
    JsonObject session =
        api.delivered().stream()
            .filter(api::inHouse)
            .filter(
                s ->
                    api.bookings(s.getJsonNumber("id").longValue()).stream()
                        .anyMatch(
                            b ->
                                b.getJsonNumber("staffId").longValue() == ellie
                                    && b.getString("status").equals("ATTENDED")))
            .findFirst()
            .orElseThrow();
    long id = session.getJsonNumber("id").longValue();
    HttpResponse<byte[]> own = api.download("api/reports/certificate.pdf?sessionId=" + id, TA);
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
        api.bookings(id).stream()
            .filter(b -> b.getString("status").equals("ATTENDED"))
            .filter(b -> b.getJsonNumber("staffId").longValue() != ellie)
            .findFirst()
            .orElseThrow();
    String theirs =
        "api/reports/certificate.pdf?sessionId="
            + id
            + "&staffId="
            + other.getJsonNumber("staffId");
    assertEquals(403, api.download(theirs, TA).statusCode());
    assertEquals(200, api.download(theirs.replace(".pdf", ".xlsx"), SENCO).statusCode());
  }

  @Test
  void certificatesAreForInHouseSessionsThePersonAttended() throws Exception {
    JsonObject external =
        api.delivered().stream().filter(s -> !api.inHouse(s)).findFirst().orElseThrow();
    long id = external.getJsonNumber("id").longValue();
    JsonObject attended =
        api.bookings(id).stream()
            .filter(b -> b.getString("status").equals("ATTENDED"))
            .findFirst()
            .orElseThrow();
    HttpResponse<byte[]> refused =
        api.download(
            "api/reports/certificate.pdf?sessionId="
                + id
                + "&staffId="
                + attended.getJsonNumber("staffId"),
            SENCO);
    assertEquals(400, refused.statusCode());
    assertTrue(new String(refused.body()).contains("in-house"), new String(refused.body()));
    JsonObject absent =
        api.delivered().stream()
            .filter(api::inHouse)
            .flatMap(s -> api.bookings(s.getJsonNumber("id").longValue()).stream())
            .filter(b -> b.getString("status").equals("ABSENT"))
            .findFirst()
            .orElseThrow();
    long inHouseId = absent.getJsonNumber("sessionId").longValue();
    assertEquals(
        400,
        api.download(
                "api/reports/certificate.pdf?sessionId="
                    + inHouseId
                    + "&staffId="
                    + absent.getJsonNumber("staffId"),
                SENCO)
            .statusCode());
  }
}
