package org.sendcpd.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.CertificateUpload;
import org.sendcpd.testing.WebClient;

/**
 * The person's own data: "Download my data" holds exactly their records and certificate files and
 * none of a colleague's; the retention rule removes a long-gone leaver's details and keeps the
 * counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

  static final String PASSWORD = "personal-data-it-secret";

  @ArquillianResource URL base;

  @Test
  void theExportHoldsExactlyThePersonsRecordsAndFiles() throws IOException {
    WebClient web = new WebClient(base);
    AdminApi admin = new AdminApi(web);
    long school = admin.newSchool("Export Primary");
    JsonObject amira = admin.newStaff(school, "Amira", "Export", "TA", "Year 3");
    JsonObject bob = admin.newStaff(school, "Bob", "Colleague", "TA", "Year 4");
    String amiraUser = "amira.export." + admin.key();
    String bobUser = "bob.colleague." + admin.key();
    admin.newAccount(amira, amiraUser, PASSWORD);
    admin.newAccount(bob, bobUser, PASSWORD);
    String asAmira = basic(amiraUser, PASSWORD);
    String asBob = basic(bobUser, PASSWORD);

    long first = CertificateUpload.logCpd(web, asAmira);
    long second = CertificateUpload.logCpd(web, asAmira);
    byte[] amirasPdf = CertificateUpload.pdf();
    assertEquals(
        201, CertificateUpload.send(web, asAmira, first, "first aid.pdf", amirasPdf).statusCode());
    long bobs = CertificateUpload.logCpd(web, asBob);
    assertEquals(
        201,
        CertificateUpload.send(web, asBob, bobs, "bob.pdf", CertificateUpload.pdf()).statusCode());

    HttpResponse<byte[]> export = bytes("api/me/export", asAmira);

    assertEquals(200, export.statusCode());
    assertEquals("application/zip", export.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        export.headers().firstValue("Content-Disposition").orElseThrow().contains(amiraUser));
    assertEquals("no-store", export.headers().firstValue("Cache-Control").orElseThrow());
    Map<String, byte[]> zip = unzip(export.body());
    String text = new String(zip.get("my-data.json"), StandardCharsets.UTF_8);
    JsonObject data = Json.createReader(new StringReader(text)).readObject();

    assertEquals(amira.getString("email"), data.getJsonObject("staffRecord").getString("email"));
    assertEquals(amiraUser, data.getJsonObject("account").getString("username"));
    assertFalse(text.toLowerCase().contains("password"), "no password or hash: " + text);
    assertFalse(text.contains("pbkdf2") || text.contains("PBKDF2"), text);
    assertEquals(Set.of(first, second), ids(data, "cpdRecords"), "exactly her records");
    assertFalse(text.contains(bob.getString("email")), "nothing of Bob's");
    assertFalse(text.contains("\"id\": " + bobs + ","), "not Bob's record");
    assertTrue(data.containsKey("bookings") && data.containsKey("appraisals"), text);
    assertTrue(data.containsKey("notifications"), text);
    assertTrue(data.containsKey("deployments"), text);
    Set<String> files =
        zip.keySet().stream()
            .filter(n -> n.startsWith("certificates/"))
            .collect(Collectors.toSet());
    assertEquals(1, files.size(), "her one certificate: " + zip.keySet());
    String file = files.iterator().next();
    assertTrue(file.startsWith("certificates/" + first + "-"), file);
    assertArrayEquals(amirasPdf, zip.get(file), "the file as she uploaded it");

    JsonObject audited =
        admin.auditRow(
            "StaffMember", amira.getJsonNumber("id").longValue(), "PERSONAL_DATA_EXPORTED");
    assertEquals(amiraUser, audited.getString("actor"));
  }

  @Test
  void aPersonDownloadsTheirDataFromTheMenu() throws IOException {
    WebClient web = new WebClient(base);
    AdminApi admin = new AdminApi(web);
    long school = admin.newSchool("Menu Export Primary");
    JsonObject carla = admin.newStaff(school, "Carla", "Menu", "TEACHER", "Year 5");
    String user = "carla.menu." + admin.key();
    admin.newAccount(carla, user, PASSWORD);
    long record = CertificateUpload.logCpd(web, basic(user, PASSWORD));

    try (Browser browser = Browser.start()) {
      Path folder = downloadsTo(browser, "my-data-" + admin.key());
      browser.signIn(base, user, PASSWORD);
      browser.click(browser.waitFor(By.id("menuMyData")));
      Path zipFile = browser.awaitDownload(folder, "my-data-" + user);
      browser.screenshot("download-my-data");
      Map<String, byte[]> zip = unzip(Files.readAllBytes(zipFile));
      JsonObject data =
          Json.createReader(
                  new StringReader(new String(zip.get("my-data.json"), StandardCharsets.UTF_8)))
              .readObject();
      assertEquals(carla.getString("email"), data.getJsonObject("staffRecord").getString("email"));
      assertEquals(Set.of(record), ids(data, "cpdRecords"));
    }
  }

  @Test
  void aLeaverPastTheRetentionPeriodKeepsTheCountsAndLosesTheName() throws IOException {
    WebClient web = new WebClient(base);
    AdminApi admin = new AdminApi(web);
    long school = admin.newSchool("Retention Primary");
    JsonObject dora = admin.newStaff(school, "Dora", "Longgone", "TA", "Year 6");
    long doraId = dora.getJsonNumber("id").longValue();
    String user = "dora.longgone." + admin.key();
    admin.newAccount(dora, user, PASSWORD);
    JsonObject senco = admin.newStaff(school, "Sam", "Senco", "SENCO", "Inclusion");
    String sencoUser = "sam.senco." + admin.key();
    admin.newAccount(senco, sencoUser, PASSWORD, "SENCO");
    String asDora = basic(user, PASSWORD);
    long first = CertificateUpload.logCpd(web, asDora);
    CertificateUpload.logCpd(web, asDora);
    HttpResponse<String> uploaded =
        CertificateUpload.send(web, asDora, first, "dora.pdf", CertificateUpload.pdf());
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    String sencoAuth = basic(sencoUser, PASSWORD);
    String ledger = "api/cpd-records?staffId=" + doraId + "&size=500";
    JsonValue before =
        Json.createReader(new StringReader(web.get(ledger, "Authorization", sencoAuth).body()))
            .read();
    assertEquals(2, before.asJsonArray().size());
    long filesBefore = evidenceFiles();

    JsonObject left =
        Json.createObjectBuilder()
            .add("startDate", java.time.LocalDate.now().minusYears(12).toString())
            .add("leftDate", java.time.LocalDate.now().minusYears(7).toString())
            .build();
    assertEquals(200, admin.changeStaff(dora, left, AdminApi.ADMIN).statusCode());

    HttpResponse<String> due =
        web.get("api/retention?schoolId=" + school, "Authorization", AdminApi.ADMIN);
    assertEquals(200, due.statusCode(), due.body());
    JsonObject dueJson = WebClient.json(due);
    assertEquals(6, dueJson.getInt("years"));
    assertEquals(1, dueJson.getJsonArray("due").size(), due.body());
    assertEquals("Dora Longgone", dueJson.getJsonArray("due").getJsonObject(0).getString("name"));
    assertEquals(403, web.get("api/retention", "Authorization", sencoAuth).statusCode());
    try (Browser browser = Browser.start()) {
      browser.signIn(base, "admin", org.sendcpd.testing.TestDeployments.ADMIN_PASSWORD);
      browser.click(browser.waitFor(By.id("menuRetention")));
      String row = browser.waitFor(By.xpath("//tr[contains(., 'Dora Longgone')]")).getText();
      browser.screenshot("retention-due");
      assertTrue(row.contains("Retention Primary"), row);
    }

    HttpResponse<String> run =
        web.send(
            "POST",
            "api/retention/run?schoolId=" + school,
            "application/json",
            "",
            "Authorization",
            AdminApi.ADMIN);
    assertEquals(200, run.statusCode(), run.body());
    assertEquals(1, WebClient.json(run).getInt("anonymised"));

    JsonObject after =
        WebClient.json(web.get("api/staff/" + doraId, "Authorization", AdminApi.ADMIN));
    assertEquals("Former", after.getString("firstName"));
    assertFalse(
        after.toString().contains("Dora") || after.toString().contains("Longgone"),
        after.toString());
    assertTrue(after.getString("email").endsWith("@anonymised.invalid"), after.toString());
    assertTrue(after.isNull("team"), after.toString());
    var records =
        Json.createReader(new StringReader(web.get(ledger, "Authorization", sencoAuth).body()))
            .readArray();
    assertEquals(2, records.size(), "the records stay");
    assertEquals(hours(before.asJsonArray()), hours(records), "and their hours");
    records.forEach(
        r -> {
          assertTrue(r.asJsonObject().isNull("reflection"), r.toString());
          assertTrue(r.asJsonObject().getJsonArray("evidence").isEmpty(), r.toString());
        });
    assertEquals(filesBefore - 1, evidenceFiles(), "the certificate file is gone");
    assertEquals(401, web.get("api/me", "Authorization", asDora).statusCode(), "no sign-in");
    assertEquals(
        401,
        web.get("api/me", "Authorization", basic("former-" + doraId, PASSWORD)).statusCode(),
        "nor under the account's new name");
    assertTrue(
        WebClient.json(web.get("api/retention?schoolId=" + school, "Authorization", AdminApi.ADMIN))
            .getJsonArray("due")
            .isEmpty());
    assertNotNull(admin.auditRow("StaffMember", doraId, "PERSON_ANONYMISED"));
  }

  @Test
  void anAdministratorRemovesADueLeaversDetailsOnTheScreen() {
    WebClient web = new WebClient(base);
    AdminApi admin = new AdminApi(web);
    long school = admin.newSchool("Retention Screen Primary");
    JsonObject ed = admin.newStaff(school, "Edwin", "Oldleaver", "TEACHER", "Year 1");
    long edId = ed.getJsonNumber("id").longValue();
    JsonObject left =
        Json.createObjectBuilder()
            .add("startDate", java.time.LocalDate.now().minusYears(20).toString())
            .add("leftDate", java.time.LocalDate.now().minusYears(9).toString())
            .build();
    assertEquals(200, admin.changeStaff(ed, left, AdminApi.ADMIN).statusCode());

    try (Browser browser = Browser.start()) {
      browser.signIn(base, "admin", org.sendcpd.testing.TestDeployments.ADMIN_PASSWORD);
      browser.click(browser.waitFor(By.id("menuRetention")));
      browser.waitFor(By.xpath("//tr[contains(., 'Edwin Oldleaver')]"));
      browser.click(browser.waitFor(By.id("retention:anonymiseNow")));
      browser.click(browser.waitFor(By.id("retention:confirmYes")));
      String message =
          browser.waitFor(By.cssSelector("#retention\\:messages .ui-messages-info")).getText();
      browser.screenshot("retention-done");
      assertTrue(message.contains("Removed the personal details of"), message);
      assertTrue(
          browser.driver().findElements(By.xpath("//tr[contains(., 'Edwin Oldleaver')]")).isEmpty(),
          "no longer listed");
    }
    JsonObject after =
        WebClient.json(web.get("api/staff/" + edId, "Authorization", AdminApi.ADMIN));
    assertEquals("staff member " + edId, after.getString("lastName"));
    assertEquals("TEACHER", after.getString("jobRole"), "what counts stays");
  }

  private static double hours(jakarta.json.JsonArray records) {
    return records.stream()
        .mapToDouble(r -> r.asJsonObject().getJsonNumber("hours").doubleValue())
        .sum();
  }

  private static Set<Long> ids(JsonObject data, String section) {
    return data.getJsonArray(section).stream()
        .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
        .collect(Collectors.toSet());
  }

  private HttpResponse<byte[]> bytes(String path, String authorization) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(new WebClient(base).uri(path))
                  .header("Authorization", authorization)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  static long evidenceFiles() throws IOException {
    Path evidence = Path.of("target", "it-data", "evidence");
    try (var files = Files.list(evidence)) {
      return files.filter(f -> !f.getFileName().toString().startsWith(".")).count();
    }
  }

  static Path downloadsTo(Browser browser, String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "downloads", name)).toAbsolutePath();
    ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", folder.toString()));
    return folder;
  }
}
