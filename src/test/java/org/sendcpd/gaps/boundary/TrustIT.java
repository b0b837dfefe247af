package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The whole trust through the API: capacity without a school for the trust lead (every school) and
 * for a SENCO (their own), the expertise finder's reach by role, and the trust's capacity PDF
 * naming every school.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustIT {

  static final String DEMO = "oakfield-demo";
  static final String TRUST_LEAD = "trust.lead";
  static final String SENCO = "eleanor.shah";
  static final String RIVERSIDE_SENCO = "marcus.bennett";
  static final String TA = "ellie.robinson";
  static final List<String> SCHOOLS =
      List.of("Oakfield Primary School", "Riverside Academy", "Willow Brook Primary School");
  static final String DATE = LocalDate.now().toString();

  @ArquillianResource URL base;

  private HttpResponse<String> get(String path, String user) {
    return new WebClient(base).get(path, "Authorization", basic(user, DEMO));
  }

  private static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static Set<Long> schoolIds(JsonArray rows) {
    return rows.getValuesAs(JsonObject.class).stream()
        .map(r -> r.getJsonNumber("schoolId").longValue())
        .collect(Collectors.toSet());
  }

  @Test
  void capacityWithoutASchoolIsTheTrustForTheTrustLeadAndTheOwnSchoolForASenco() {
    HttpResponse<String> trust = get("api/analysis/capacity?date=" + DATE, TRUST_LEAD);
    assertEquals(200, trust.statusCode(), trust.body());
    JsonObject all = WebClient.json(trust);
    assertEquals(JsonValue.NULL, all.get("schoolId"));
    // Other tests add schools of their own, so the trust has the three demo schools or more.
    assertTrue(schoolIds(all.getJsonArray("coverageRules")).size() >= 3);
    assertTrue(schoolIds(all.getJsonArray("coverageAgainstDemand")).size() >= 3);

    JsonObject own = WebClient.json(get("api/analysis/capacity?date=" + DATE, SENCO));
    long oakfield = own.getJsonNumber("schoolId").longValue();
    assertEquals(Set.of(oakfield), schoolIds(own.getJsonArray("coverageRules")));
    assertEquals(Set.of(oakfield), schoolIds(own.getJsonArray("singlePointsOfFailure")));
    assertTrue(all.getJsonArray("coverageRules").size() > own.getJsonArray("coverageRules").size());

    JsonObject oneSchool =
        WebClient.json(
            get("api/analysis/capacity?date=" + DATE + "&schoolId=" + oakfield, TRUST_LEAD));
    assertEquals(oakfield, oneSchool.getJsonNumber("schoolId").longValue());
    assertEquals(own.getJsonArray("coverageRules"), oneSchool.getJsonArray("coverageRules"));
  }

  @Test
  void theTrustLeadFindsASpecialistInAnotherSchool() {
    HttpResponse<String> response =
        get("api/analysis/expertise?competenceCode=SP-02&date=" + DATE, TRUST_LEAD);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject grace =
        array(response).getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("name").equals("Grace O'Neill"))
            .findFirst()
            .orElseThrow();
    assertEquals("Riverside Academy", grace.getString("schoolName"));
    assertEquals("TEACHER", grace.getString("jobRole"));
    assertEquals(3, grace.getInt("level"));
    assertEquals(JsonValue.NULL, grace.get("expiresOn"));
    assertTrue(grace.containsKey("staffId") && grace.containsKey("schoolId"));

    JsonArray byName =
        array(get("api/analysis/expertise?competenceCode=SP-02&level=specialist", TRUST_LEAD));
    assertEquals(array(response), byName, "the level by its name, the date today");
  }

  /** Of other schools a SENCO sees only people who offered outreach, and only these fields. */
  static final Set<String> OTHER_SCHOOL_FIELDS =
      Set.of("staffId", "name", "jobRole", "schoolName", "level", "levelName");

  @Test
  void aSencoSeesTheirOwnSchoolInFullOthersOnlyByNameRoleSchoolAndLevelAndATaNotAtAll() {
    JsonArray oakfield =
        array(get("api/analysis/expertise?competenceCode=SP-02&level=1&date=" + DATE, SENCO));
    assertTrue(
        oakfield.getValuesAs(JsonObject.class).stream()
            .allMatch(
                r ->
                    r.getString("schoolName").equals("Oakfield Primary School")
                        ? r.containsKey("expiresOn")
                        : r.keySet().equals(OTHER_SCHOOL_FIELDS)),
        oakfield.toString());
    JsonArray riverside =
        array(
            get(
                "api/analysis/expertise?competenceCode=SEMH-04&level=2&date=" + DATE,
                RIVERSIDE_SENCO));
    assertFalse(riverside.isEmpty());
    assertTrue(
        riverside.getValuesAs(JsonObject.class).stream()
            .allMatch(
                r ->
                    r.getString("schoolName").equals("Riverside Academy")
                        || r.keySet().equals(OTHER_SCHOOL_FIELDS)),
        riverside.toString());
    JsonObject marcus =
        riverside.getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("name").equals("Marcus Bennett"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        LocalDate.now().plusDays(60).toString(),
        marcus.getString("expiresOn"),
        "an outside certificate lapses");
    assertEquals(403, get("api/analysis/expertise?competenceCode=SP-02", TA).statusCode());
    assertEquals(400, get("api/analysis/expertise?competenceCode=XX-99", SENCO).statusCode());
    assertEquals(
        400, get("api/analysis/expertise?competenceCode=SP-02&level=guru", SENCO).statusCode());
  }

  @Test
  void theTrustCapacityPdfNamesEverySchoolAndTheTrustTotals() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(new WebClient(base).uri("api/reports/capacity.pdf?date=" + DATE))
            .header("Authorization", basic(TRUST_LEAD, DEMO))
            .timeout(Duration.ofSeconds(180))
            .GET()
            .build();
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals(
        "attachment; filename=\"trust-capacity-" + DATE + ".pdf\"",
        pdf.headers().firstValue("Content-Disposition").orElseThrow());
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    for (String school : SCHOOLS) {
      assertTrue(text.contains(school), school);
    }
    assertTrue(text.matches(".*All \\d+ schools of the trust.*"), "the trust in the heading");
    assertTrue(text.matches(".*The \\d+ schools side by side.*"));
    assertTrue(text.contains("Trust "), "the totals row");
    assertTrue(text.contains("Riverside Academy: "), "per-school rows name their school");
  }

  @Test
  void onlyTrustLeadsAndAdministratorsOpenTheTrustView() {
    WebClient senco = new WebClient(base);
    senco.signIn(SENCO, DEMO);
    assertEquals(403, senco.get("gaps/trust.xhtml").statusCode());
    WebClient lead = new WebClient(base);
    lead.signIn(TRUST_LEAD, DEMO);
    HttpResponse<String> page = lead.get("gaps/trust.xhtml");
    assertEquals(200, page.statusCode());
    SCHOOLS.forEach(s -> assertTrue(page.body().contains(s), s));
  }
}
