package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.WebClient;

/**
 * The SQL statements one request costs, counted by the server (cpd.diagnostics.sql-count, on in the
 * container tests): bounded, and the same for a few rows as for many, so lists, records and reports
 * load what they show in a fixed number of queries rather than one or more per row; a signed-in
 * caller's account is read once, not on every request. The school, people, courses and records are
 * this test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryCountIT {

  static final String PASSWORD = "query-count-it-secret";

  @ArquillianResource URL base;

  WebClient web;
  AdminApi admin;
  long school;
  String senco;
  long ta;

  @BeforeEach
  void scene() {
    web = new WebClient(base);
    admin = new AdminApi(web);
    school = admin.newSchool("Query count IT");
    String username = "qc.senco." + admin.key();
    admin.newAccount(
        admin.newStaff(school, "Quinn", "Senco", "SENCO", "Inclusion"),
        username,
        PASSWORD,
        "SENCO");
    senco = basic(username, PASSWORD);
    ta =
        admin.newStaff(school, "Tess", "Assistant", "TA", "Year 3").getJsonNumber("id").longValue();
  }

  @Test
  void theCourseListCostsTheSameForFiveCoursesAsForTwentyFive() {
    String list = "api/courses?schoolId=" + school;
    addCourses(5);
    Cost few = cost(list);
    addCourses(20);
    Cost many = cost(list);
    System.out.printf("SQL statements: GET /api/courses 5 courses %s, 25 courses %s%n", few, many);
    few.assertSameAs(many);
    assertTrue(many.first() <= 2, "courses with outcomes, in " + many + " statements");
  }

  @Test
  void aPersonsRecordsCostTheSameForTwoAsForTwelve() {
    String list = "api/cpd-records?staffId=" + ta;
    addRecords(2);
    Cost few = cost(list);
    addRecords(10);
    Cost many = cost(list);
    System.out.printf("SQL statements: GET /api/cpd-records 2 records %s, 12 %s%n", few, many);
    few.assertSameAs(many);
    // the person, the count, the page, the outcomes, the evidence and the audit row of the look
    assertTrue(many.first() <= 6, "records with outcomes and evidence, in " + many);
  }

  @Test
  void theCpdRecordReportCostsTheSameForTwoRecordsAsForTwelve() {
    String pdf = "api/reports/cpd-record.pdf?staffId=" + ta;
    addRecords(2);
    Cost few = cost(pdf);
    addRecords(10);
    Cost many = cost(pdf);
    System.out.printf("SQL statements: CPD record PDF 2 records %s, 12 %s%n", few, many);
    few.assertSameAs(many);
    // the first ask after a change loads the school's analysis (a fixed set of queries per school)
    assertTrue(many.first() <= 22, "the CPD record report in " + many);
    assertTrue(many.again() <= 6, "the CPD record report, analysis kept, in " + many);
  }

  @Test
  void aSignedInCallerIsNotReadAgainOnTheNextRequest() {
    int first = statements("api/me");
    int second = statements("api/me");
    System.out.printf("SQL statements: GET /api/me first %d, second %d%n", first, second);
    // the first checks the password and reads the account; the second only finds the calendar feed
    assertTrue(second < first, "the second request re-read what the first had read");
    assertTrue(second <= 1, "the caller was read again: " + second + " statements");
  }

  /**
   * What a request costs the first time after a change (the analysis behind a report is worked out
   * again then) and asked again at once.
   */
  record Cost(int first, int again) {
    void assertSameAs(Cost more) {
      assertEquals(first, more.first, "more rows must not cost more queries, first ask");
      assertEquals(again, more.again, "more rows must not cost more queries, asked again");
    }

    @Override
    public String toString() {
      return first + "/" + again;
    }
  }

  Cost cost(String path) {
    return new Cost(statements(path), statements(path));
  }

  /** Asks as the SENCO, with a count id, and answers the statements the server counted for it. */
  int statements(String path) {
    String id = UUID.randomUUID().toString();
    HttpResponse<String> answer = web.get(path, "Authorization", senco, "X-Sql-Count-Id", id);
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    HttpResponse<String> count =
        web.get("api/diagnostics/sql-statements?id=" + id, "Authorization", senco);
    assertEquals(200, count.statusCode(), "the server counts statements in the container tests");
    String[] lines = count.body().split("\n");
    int statements = Integer.parseInt(lines[0].trim());
    // every request here reads the database at least once: zero would mean nothing was counted
    assertTrue(statements > 0, "no statement counted for " + path);
    System.out.printf("%s: %s%n", path, count.body().replace("\n", "\n  "));
    return statements;
  }

  void addCourses(int count) {
    for (int i = 0; i < count; i++) {
      JsonObject course =
          Json.createObjectBuilder()
              .add("schoolId", school)
              .add("title", "Course " + i + " " + UUID.randomUUID())
              .add("delivery", "IN_HOUSE")
              .add("hours", 1.5)
              .add("outcomes", Json.createArrayBuilder().add(outcome()))
              .build();
      post("api/courses", course);
    }
  }

  void addRecords(int count) {
    for (int i = 0; i < count; i++) {
      JsonObject record =
          Json.createObjectBuilder()
              .add("staffId", ta)
              .add("title", "Reading " + i + " " + UUID.randomUUID())
              .add("delivery", "ONLINE")
              .add("completedOn", LocalDate.now().minusDays(3 + i).toString())
              .add("hours", 2)
              .add("cost", 0)
              .add("outcomes", Json.createArrayBuilder().add(outcome()))
              .add("reflection", "Visual timetables for the class")
              .build();
      post("api/cpd-records", record);
    }
  }

  static JsonObject outcome() {
    return Json.createObjectBuilder().add("competenceCode", "CI-01").add("level", 1).build();
  }

  void post(String path, JsonObject body) {
    HttpResponse<String> answer =
        web.send("POST", path, "application/json", body.toString(), "Authorization", senco);
    assertEquals(201, answer.statusCode(), path + ": " + answer.body());
  }
}
