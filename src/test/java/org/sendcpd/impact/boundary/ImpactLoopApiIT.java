package org.sendcpd.impact.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.impact.boundary.ImpactScene.id;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.analysis.SchoolTerms;
import org.sendcpd.testing.Burst;
import org.sendcpd.testing.WebClient;

/**
 * The impact loop through the API: a follow-up falls due six weeks after the training and its
 * answer shows on the priority; only the person or their line manager answers; sessions are rated
 * once each, also when two ratings arrive at the same moment, and read only as averages from five
 * answers; hostile input is refused with a 4xx that names the field and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImpactLoopApiIT {

  static final LocalDate TODAY = LocalDate.now();

  @ArquillianResource URL base;

  @Test
  void aFollowUpFallsDueAfterSixWeeksAndItsAnswerShowsOnThePriority() {
    ImpactScene scene = new ImpactScene(new WebClient(base), 1);
    LocalDate completed = TODAY.minusDays(43);
    Assumptions.assumeTrue(
        SchoolTerms.startYearOf(completed) == SchoolTerms.startYearOf(TODAY),
        "the training and its answer fall in one academic year");
    long due = logWithPlan(scene, 0, completed, "Makaton taster", "Sign key words at snack time.");
    long coming = logWithPlan(scene, 0, TODAY.minusDays(20), "Zones of regulation", "Check in.");

    JsonObject followUp = json(scene.get(path(due), scene.ta(0)));
    assertEquals(completed.plusWeeks(6).toString(), followUp.getString("dueOn"));
    assertEquals("DUE", followUp.getString("status"));
    assertEquals("CI", followUp.getString("areaCode"));
    assertEquals("COMING", json(scene.get(path(coming), scene.ta(0))).getString("status"));
    List<Long> dueList =
        recordIds(scene.get("api/follow-ups?status=DUE&schoolId=" + scene.school, scene.sencoAuth));
    assertEquals(List.of(due), dueList, "the SENCO's list of due follow-ups");
    assertEquals(
        200,
        scene
            .send("POST", "api/cpd-records/" + due + "/verify", null, scene.sencoAuth)
            .statusCode());

    long priority = priority(scene);
    JsonObject before = impact(scene, priority).getJsonObject("year");
    assertEquals(1, before.getJsonObject("followUps").getInt("due"));
    assertEquals(0, before.getJsonObject("followUps").getInt("tried"));

    HttpResponse<String> answered =
        scene.send(
            "PUT",
            path(due),
            "{\"stage\": \"TRIED\", \"note\": \"Twice a day now.\"}",
            scene.ta(0));
    assertEquals(200, answered.statusCode(), answered.body());
    assertEquals("ANSWERED", WebClient.json(answered).getString("status"));

    JsonObject impact = impact(scene, priority);
    JsonObject year = impact.getJsonObject("year");
    assertEquals(1, year.getJsonObject("followUps").getInt("tried"), impact.toString());
    assertEquals(0, year.getJsonObject("followUps").getInt("due"));
    assertEquals(1, year.getInt("peopleTrained"));
    assertEquals(
        0, year.getJsonNumber("spend").bigDecimalValue().compareTo(new java.math.BigDecimal("60")));
    assertTrue(impact.getString("note").contains("association, not cause"));
    assertTrue(impact.getJsonArray("competences").toString().contains(ImpactScene.COMPETENCE));
    assertEquals(
        List.of(due),
        recordIds(
            scene.get("api/follow-ups?status=ANSWERED&schoolId=" + scene.school, scene.sencoAuth)));
  }

  @Test
  void onlyThePersonOrTheirLineManagerAnswersAFollowUp() {
    ImpactScene scene = new ImpactScene(new WebClient(base), 2);
    long record =
        logWithPlan(scene, 0, TODAY.minusDays(50), "Attention autism", "Run bucket time.");
    String answer = "{\"stage\": \"EMBEDDED\", \"note\": \"Daily.\"}";

    assertEquals(
        403, scene.get(path(record), scene.ta(1)).statusCode(), "another TA may not read it");
    HttpResponse<String> other = scene.send("PUT", path(record), answer, scene.ta(1));
    assertEquals(403, other.statusCode(), other.body());
    HttpResponse<String> senco = scene.send("PUT", path(record), answer, scene.sencoAuth);
    assertEquals(403, senco.statusCode(), senco.body());
    assertTrue(senco.body().contains("line manager"), senco.body());
    HttpResponse<String> plan =
        scene.send(
            "PUT",
            path(record),
            "{\"intendedChange\": {\"text\": \"Not mine\"}}",
            scene.managerAuth);
    assertEquals(403, plan.statusCode(), "a line manager answers but does not plan for them");
    JsonObject unchanged = json(scene.get(path(record), scene.sencoAuth));
    assertEquals(JsonValue.NULL, unchanged.get("stage"));
    assertEquals("Run bucket time.", unchanged.getString("intendedChange"));

    HttpResponse<String> manager = scene.send("PUT", path(record), answer, scene.managerAuth);
    assertEquals(200, manager.statusCode(), manager.body());
    assertEquals("EMBEDDED", WebClient.json(manager).getString("stage"));
    assertEquals(scene.managerUser, WebClient.json(manager).getString("answeredBy"));
  }

  @Test
  void hostileFollowUpsAndMeasuresAreRefusedAndChangeNothing() {
    ImpactScene scene = new ImpactScene(new WebClient(base), 1);
    long record =
        logWithPlan(scene, 0, TODAY.minusDays(45), "Colourful semantics", "Use the colour cards.");
    String ta = scene.ta(0);
    List<String> bad =
        List.of(
            "{not json",
            "[]",
            "{}",
            "{\"stage\": \"SOMETIMES\"}",
            "{\"stage\": 3}",
            "{\"stage\": \"TRIED\", \"note\": \"" + "x".repeat(2001) + "\"}",
            "{\"intendedChange\": \"cards\"}",
            "{\"intendedChange\": {\"text\": \"Cards\", \"areaCode\": \"NOPE\"}}",
            "{\"intendedChange\": {\"text\": \"   \", \"areaCode\": \"CI\"}}",
            "{\"intendedChange\": {\"text\": \"" + "y".repeat(20_000) + "\"}}");
    for (String body : bad) {
      HttpResponse<String> refused = scene.send("PUT", path(record), body, ta);
      assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
    }
    JsonObject unchanged = json(scene.get(path(record), ta));
    assertEquals(JsonValue.NULL, unchanged.get("stage"));
    assertEquals("Use the colour cards.", unchanged.getString("intendedChange"));
    assertEquals(
        404, scene.send("PUT", path(999_999_999L), "{\"stage\": \"TRIED\"}", ta).statusCode());

    String total = "api/cpd-records?size=1";
    String countBefore = scene.get(total, ta).headers().firstValue("X-Total-Count").orElseThrow();
    HttpResponse<String> badArea =
        scene.send(
            "POST",
            "api/cpd-records",
            recordBody(TODAY.minusDays(3), "Refused", "Plan", "NOPE"),
            ta);
    assertEquals(400, badArea.statusCode(), badArea.body());
    assertTrue(badArea.body().contains("intendedChange.areaCode"), badArea.body());
    assertEquals(
        countBefore,
        scene.get(total, ta).headers().firstValue("X-Total-Count").orElseThrow(),
        "no record was saved");

    long priority = priority(scene);
    String measures = "api/priorities/" + priority + "/measures";
    String today = TODAY.toString();
    List<String> badMeasures =
        List.of(
            "{\"takenOn\": \"2026-02-30\", \"label\": \"On track\", \"value\": 3}",
            "{\"takenOn\": \"" + TODAY.plusDays(10) + "\", \"label\": \"On track\", \"value\": 3}",
            "{\"takenOn\": \"" + TODAY.minusYears(2) + "\", \"label\": \"On track\", \"value\": 3}",
            "{\"takenOn\": \"" + today + "\", \"label\": \"On track\", \"value\": \"lots\"}",
            "{\"takenOn\": \"" + today + "\", \"label\": \"On track\", \"value\": 1e12}",
            "{\"takenOn\": \"" + today + "\", \"label\": \"On track\", \"value\": -1}",
            "{\"takenOn\": \""
                + today
                + "\", \"label\": \"On track\", \"value\": 20, \"outOf\": 10}",
            "{\"takenOn\": \"" + today + "\", \"label\": \"On track\", \"value\": 2, \"outOf\": 0}",
            "{\"takenOn\": \"" + today + "\", \"value\": 3}",
            "{\"takenOn\": \""
                + today
                + "\", \"label\": \""
                + "z".repeat(201)
                + "\", \"value\": 3}",
            "{\"takenOn\": 20260101, \"label\": \"On track\", \"value\": 3}",
            "{\"takenOn\": \"" + today + "\", \"label\": \"On track\"");
    for (String body : badMeasures) {
      HttpResponse<String> refused = scene.send("POST", measures, body, scene.sencoAuth);
      assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
    }
    String good =
        "{\"takenOn\": \""
            + today
            + "\", \"label\": \"On track in reading\", \"value\": 14, \"outOf\": 31}";
    assertEquals(
        403, scene.send("POST", measures, good, ta).statusCode(), "measures are the SENCO's");
    assertEquals("[]", scene.get(measures, scene.sencoAuth).body(), "nothing was saved");
    assertEquals(201, scene.send("POST", measures, good, scene.sencoAuth).statusCode());
    JsonArray saved = array(scene.get(measures, scene.sencoAuth));
    assertEquals(1, saved.size());
    assertEquals(14, saved.getJsonObject(0).getInt("value"));
    JsonObject year = impact(scene, priority);
    assertTrue(year.toString().contains("\"percent\":45.2"), year.toString());

    assertEquals(
        400,
        scene
            .get(
                "api/analysis/impact?schoolId=" + scene.school + "&date=2026-13-01",
                scene.sencoAuth)
            .statusCode());
    assertEquals(403, scene.get("api/analysis/impact?schoolId=" + scene.school, ta).statusCode());
    assertEquals(400, scene.get("api/follow-ups?status=SOON", scene.sencoAuth).statusCode());
  }

  @Test
  void aSessionIsRatedOnceAndReadOnlyAsAveragesFromFiveAnswers() throws Exception {
    ImpactScene scene = new ImpactScene(new WebClient(base), 6);
    long session = scene.deliveredSession(3, 6);
    String evaluations = "api/sessions/" + session + "/evaluations";
    String rating =
        "{\"usefulness\": 4, \"confidenceBefore\": 2, \"confidenceAfter\": 3, \"comment\": \"Practical\"}";

    for (int i = 0; i < 4; i++) {
      HttpResponse<String> rated = scene.send("POST", evaluations, rating, scene.ta(i));
      assertEquals(201, rated.statusCode(), rated.body());
    }
    JsonObject four = json(scene.get(evaluations, scene.sencoAuth));
    assertEquals(4, four.getJsonObject("averages").getInt("answers"));
    assertEquals(JsonValue.NULL, four.getJsonObject("averages").get("usefulness"), four.toString());
    assertEquals(0, four.getJsonArray("comments").size(), "no comment below five answers");

    HttpResponse<String> twice = scene.send("POST", evaluations, rating, scene.ta(0));
    assertEquals(409, twice.statusCode(), twice.body());

    List<Burst.Call> calls = new ArrayList<>();
    String together = "{\"usefulness\": 1, \"confidenceBefore\": 2, \"confidenceAfter\": 2}";
    for (int i = 0; i < 6; i++) {
      calls.add(new Burst.Call("POST", evaluations, together, scene.ta(4)));
    }
    List<HttpResponse<String>> answers = Burst.fire(base.toURI(), calls);
    assertEquals(1, answers.stream().filter(a -> a.statusCode() == 201).count(), statuses(answers));
    assertEquals(5, answers.stream().filter(a -> a.statusCode() == 409).count(), statuses(answers));

    JsonObject five = json(scene.get(evaluations, scene.sencoAuth));
    JsonObject averages = five.getJsonObject("averages");
    assertEquals(5, averages.getInt("answers"), "exactly one of the six saved");
    assertEquals(3.4, averages.getJsonNumber("usefulness").doubleValue(), 1e-9);
    assertEquals(2.0, averages.getJsonNumber("confidenceBefore").doubleValue(), 1e-9);
    assertEquals(2.8, averages.getJsonNumber("confidenceAfter").doubleValue(), 1e-9);
    assertEquals(6, five.getInt("attended"));
    assertFalse(five.toString().contains(scene.taUsers.get(0)), "never who said what");

    assertEquals(
        403,
        scene.send("POST", evaluations, rating, scene.managerAuth).statusCode(),
        "not on the register");
    assertEquals(403, scene.get(evaluations, scene.ta(5)).statusCode(), "averages are the SENCO's");
    for (String body :
        List.of(
            "{\"usefulness\": 6, \"confidenceBefore\": 2, \"confidenceAfter\": 3}",
            "{\"usefulness\": \"five\", \"confidenceBefore\": 2, \"confidenceAfter\": 3}",
            "{\"usefulness\": 4, \"confidenceBefore\": 0, \"confidenceAfter\": 3}",
            "{\"usefulness\": 1e30, \"confidenceBefore\": 2, \"confidenceAfter\": 3}",
            "{\"usefulness\": 4.5, \"confidenceBefore\": 2, \"confidenceAfter\": 3}",
            "{\"usefulness\": 4}",
            "{\"usefulness\": 4,",
            "null")) {
      HttpResponse<String> refused = scene.send("POST", evaluations, body, scene.ta(5));
      assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
    }
    assertEquals(
        5,
        json(scene.get(evaluations, scene.sencoAuth)).getJsonObject("averages").getInt("answers"));
    assertEquals(
        404,
        scene.send("POST", "api/sessions/999999999/evaluations", rating, scene.ta(5)).statusCode());
  }

  /**
   * The governors' report of the demo school, read only: last year's communication priority with
   * its two terms of measures and this year's priorities, as a PDF (kept in target/ to look at) and
   * as a spreadsheet of typed cells.
   */
  @Test
  void theDemoSchoolsImpactReportShowsTheChainOfItsPriorities() throws Exception {
    WebClient web = new WebClient(base);
    String senco = WebClient.basic("eleanor.shah", "oakfield-demo");
    HttpResponse<byte[]> pdf = bytes(web, "api/reports/impact.pdf", senco);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    java.nio.file.Files.write(java.nio.file.Path.of("target", "impact-demo.pdf"), pdf.body());
    String text;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertTrue(text.contains("Communication-friendly classrooms: the first year"), text);
    assertTrue(text.contains("14 of 31 (45.2%)"), text);
    assertTrue(text.contains("19 of 31 (61.3%)"), text);
    assertTrue(text.contains("association, not cause"), text);

    HttpResponse<byte[]> xlsx = bytes(web, "api/reports/impact.xlsx", senco);
    assertEquals(200, xlsx.statusCode());
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
      assertEquals("Priority", book.getSheet("Chain").getRow(0).getCell(0).getStringCellValue());
      assertTrue(book.getSheet("Measures").getLastRowNum() >= 3, "the demo's measures");
    }
    assertEquals(
        403,
        bytes(web, "api/reports/impact.pdf", WebClient.basic("ellie.robinson", "oakfield-demo"))
            .statusCode());
  }

  private static HttpResponse<byte[]> bytes(WebClient web, String path, String auth)
      throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(web.uri(path))
                .header("Authorization", auth)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static long logWithPlan(
      ImpactScene scene, int ta, LocalDate completed, String title, String change) {
    HttpResponse<String> logged =
        scene.send(
            "POST",
            "api/cpd-records",
            recordBody(completed, title + " " + scene.tag, change, "CI"),
            scene.ta(ta));
    assertEquals(201, logged.statusCode(), logged.body());
    return WebClient.json(logged).getJsonNumber("id").longValue();
  }

  private static String recordBody(LocalDate completed, String title, String change, String area) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("provider", "Speech and language service")
        .add("delivery", "SPECIALIST_EXTERNAL")
        .add("completedOn", completed.toString())
        .add("hours", 3)
        .add("cost", 60)
        .add(
            "outcomes",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("competenceCode", ImpactScene.COMPETENCE)
                        .add("level", 1)))
        .add("intendedChange", Json.createObjectBuilder().add("text", change).add("areaCode", area))
        .build()
        .toString();
  }

  private static long priority(ImpactScene scene) {
    return id(
        scene.post(
            "api/priorities",
            Json.createObjectBuilder()
                .add("schoolId", scene.school)
                .add("academicYear", SchoolTerms.label(SchoolTerms.startYearOf(TODAY)))
                .add("title", "Communication-friendly classrooms " + scene.tag)
                .add("areaOfNeed", "COMMUNICATION_AND_INTERACTION"),
            scene.sencoAuth));
  }

  private static JsonObject impact(ImpactScene scene, long priority) {
    HttpResponse<String> answer =
        scene.get(
            "api/analysis/impact?schoolId=" + scene.school + "&priorityId=" + priority,
            scene.sencoAuth);
    assertEquals(200, answer.statusCode(), answer.body());
    JsonArray all = array(answer);
    assertEquals(1, all.size());
    return all.getJsonObject(0);
  }

  private static List<Long> recordIds(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode(), answer.body());
    return array(answer).getValuesAs(JsonObject.class).stream()
        .map(f -> f.getJsonNumber("recordId").longValue())
        .toList();
  }

  private static String path(long record) {
    return "api/cpd-records/" + record + "/follow-up";
  }

  private static JsonObject json(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode(), answer.body());
    return WebClient.json(answer);
  }

  private static JsonArray array(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readArray();
  }

  private static String statuses(List<HttpResponse<String>> answers) {
    return answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString();
  }
}
