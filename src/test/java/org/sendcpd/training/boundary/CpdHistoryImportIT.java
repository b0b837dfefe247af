package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.json;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Pages;

/**
 * The SENCO brings in a school's CPD history through the API: a 1,000-line file with three wrong
 * lines is refused naming exactly those lines and saves nothing; without them all 1,000 records are
 * saved, verified and marked imported. Hostile files are refused by line, nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpdHistoryImportIT {

  static final String HEADER =
      "email,course_title,delivery,completed_on,hours,competence_code,level,expires_on,provider,cost\n";
  static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A member of staff of the demo school: another school's for the scenes here. */
  static final String OTHER_SCHOOL = "ellie.robinson@oakfield.example.org";

  @ArquillianResource URL base;

  @Test
  void aThousandLinesWithThreeWrongSaveNothingThenAllSaveOnceFixed() {
    ApiScene scene = ApiScene.create(base, "History", 10);
    List<String> emails = emails(scene);
    List<String> lines = new ArrayList<>();
    LocalDate start = LocalDate.now().minusDays(10);
    for (int i = 0; i < 1000; i++) {
      lines.add(
          emails.get(i % emails.size())
              + ",Past course "
              + i
              + ",SPECIALIST_EXTERNAL,"
              + UK.format(start.minusDays(i))
              + ",1.5,CI-01,"
              + (1 + i % 2)
              + ",,Outside trainer,120");
    }
    List<String> wrong = new ArrayList<>(lines);
    // the file's line numbers: the header is line 1, so lines.get(i) is line i + 2
    wrong.set(99, wrong.get(99).replaceFirst(",\\d\\d/\\d\\d/\\d{4},", ",31/02/2025,"));
    wrong.set(500, wrong.get(500).replace(",CI-01,", ",ZZ-99,"));
    wrong.set(901, wrong.get(901).replace(emails.get(901 % emails.size()), OTHER_SCHOOL));

    HttpResponse<String> refused = post(scene, csv(wrong), false);
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject answer = json(refused);
    Set<Integer> named = new TreeSet<>();
    answer
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .forEach(e -> named.add(e.getInt("line")));
    assertEquals(Set.of(101, 502, 903), named, refused.body());
    assertTrue(refused.body().contains("31/02/2025"), refused.body());
    assertTrue(refused.body().contains("ZZ-99"), refused.body());
    assertTrue(refused.body().contains(OTHER_SCHOOL), refused.body());
    assertEquals(0, answer.getInt("created"));
    assertEquals(0, records(scene), "nothing saved");

    HttpResponse<String> dry = post(scene, csv(lines), true);
    assertEquals(200, dry.statusCode(), dry.body());
    assertEquals(1000, json(dry).getInt("records"));
    assertEquals(0, json(dry).getInt("created"));
    assertEquals(0, records(scene), "a dry run saves nothing");

    HttpResponse<String> saved = post(scene, csv(lines), false);
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(1000, json(saved).getInt("created"));
    assertEquals(1000, records(scene), "every record saved");

    JsonObject first =
        Pages.array(
                scene
                    .api
                    .get(
                        "api/cpd-records?staffId=" + scene.tas.get(0) + "&size=1",
                        "Authorization",
                        scene.senco())
                    .body())
            .getJsonObject(0);
    assertEquals("VERIFIED", first.getString("status"));
    assertEquals("IMPORTED", first.getString("source"));

    HttpResponse<String> again = post(scene, csv(lines.subList(0, 3)), false);
    assertEquals(400, again.statusCode(), "the same history twice is refused");
    assertTrue(again.body().contains("already has a record"), again.body());
  }

  @Test
  void hostileFilesAreRefusedByLineAndSaveNothing() {
    ApiScene scene = ApiScene.create(base, "Hostile history", 1);
    String ta = emails(scene).get(0);
    String good = ta + ",Safeguarding refresher,ONLINE,01/09/2025,2,,,,,\n";
    String[][] cases = {
      {"not,our,header\n" + good, "1", "unknown column"},
      {HEADER + good + ta + ",Huge,ONLINE,01/09/2025,99999999999,,,,,\n", "3", "hours"},
      {HEADER + good + ta + ",Word hours,ONLINE,01/09/2025,two,,,,,\n", "3", "not a number"},
      {HEADER + good + ta + ",Ahead,ONLINE,01/09/2999,2,,,,,\n", "3", "in the future"},
      {HEADER + good + ta + ",Deep,ONLINE,01/09/2025,2,CI-01,7,,,\n", "3", "has levels 1 to"},
      {HEADER + good + ta + ",\"Unclosed quote,ONLINE,01/09/2025,2,,,,,\n", "0", "not valid CSV"},
      {HEADER + good + ta + ",Short,ONLINE\n", "3", "fields"},
      {HEADER + good + "=cmd|' /C calc'!A0,Formula,ONLINE,01/09/2025,2,,,,,\n", "3", "email"},
    };
    for (String[] hostile : cases) {
      HttpResponse<String> answer = post(scene, hostile[0].getBytes(), false);
      assertEquals(400, answer.statusCode(), hostile[2] + ": " + answer.body());
      JsonObject first = json(answer).getJsonArray("errors").getJsonObject(0);
      assertEquals(Integer.parseInt(hostile[1]), first.getInt("line"), answer.body());
      assertTrue(first.getString("message").contains(hostile[2]), answer.body());
    }
    byte[] garbage = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
    HttpResponse<String> broken = post(scene, garbage, false);
    assertEquals(400, broken.statusCode(), broken.body());
    assertTrue(broken.body().contains("not an XLSX workbook"), broken.body());
    byte[] clean = (HEADER + good).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (String stranger : new String[] {"marcus.green", "eleanor.shah"}) {
      // the demo school's TA, and its SENCO, who verifies in another school than this one
      HttpResponse<String> denied =
          scene.api.send(
              "POST",
              "api/cpd-records/import?schoolId=" + scene.schoolId,
              "text/csv",
              clean,
              "Authorization",
              org.sendcpd.testing.WebClient.basic(stranger, "oakfield-demo"));
      assertEquals(403, denied.statusCode(), stranger + ": " + denied.body());
    }
    assertEquals(0, records(scene), "nothing saved by any hostile file");
  }

  @Test
  void theSameColumnsInAWorkbookImportToo() throws IOException {
    ApiScene scene = ApiScene.create(base, "Workbook history", 1);
    String ta = emails(scene).get(0);
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("History");
      String[] header = HEADER.strip().split(",");
      Row top = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        top.createCell(i).setCellValue(header[i]);
      }
      Row line = sheet.createRow(1);
      line.createCell(0).setCellValue(ta);
      line.createCell(1)
          .setCellValue(scene.courseTitle); // a catalogue course: its hours and delivery
      line.createCell(3).setCellValue(LocalDate.now().minusMonths(2));
      line.getCell(3).setCellStyle(dateStyle(book));
      line.createCell(5).setCellValue("SEMH-02");
      line.createCell(6).setCellValue(2);
      book.write(out);
      xlsx = out.toByteArray();
    }
    HttpResponse<String> answer =
        scene.api.send(
            "POST",
            "api/cpd-records/import?schoolId=" + scene.schoolId,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx,
            "Authorization",
            scene.senco());
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals(1, json(answer).getInt("created"));
    JsonObject record =
        Pages.array(
                scene
                    .api
                    .get(
                        "api/cpd-records?staffId=" + scene.tas.get(0),
                        "Authorization",
                        scene.senco())
                    .body())
            .getJsonObject(0);
    assertEquals(scene.courseTitle, record.getString("title"));
    assertEquals("IN_HOUSE", record.getString("delivery"));
    assertEquals(
        "SEMH-02", record.getJsonArray("outcomes").getJsonObject(0).getString("competenceCode"));
  }

  private static org.apache.poi.ss.usermodel.CellStyle dateStyle(XSSFWorkbook book) {
    var style = book.createCellStyle();
    style.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
    return style;
  }

  private static byte[] csv(List<String> lines) {
    return (HEADER + String.join("\n", lines) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> post(ApiScene scene, byte[] file, boolean dryRun) {
    return scene.api.send(
        "POST",
        "api/cpd-records/import?schoolId=" + scene.schoolId + "&dryRun=" + dryRun,
        "text/csv",
        file,
        "Authorization",
        scene.senco());
  }

  /** The records of the scene's staff, counted by the API's X-Total-Count. */
  private static long records(ApiScene scene) {
    long total = 0;
    for (long ta : scene.tas) {
      total +=
          Pages.total(
              scene.api.get(
                  "api/cpd-records?staffId=" + ta + "&size=1", "Authorization", scene.senco()));
    }
    return total;
  }

  private static List<String> emails(ApiScene scene) {
    List<String> emails = new ArrayList<>();
    for (long ta : scene.tas) {
      emails.add(
          json(scene.api.get("api/staff/" + ta, "Authorization", scene.senco()))
              .getString("email"));
    }
    return emails;
  }
}
