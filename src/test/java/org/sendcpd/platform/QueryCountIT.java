package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
  String username;
  String senco;
  long ta;

  @BeforeEach
  void scene() {
    web = new WebClient(base);
    admin = new AdminApi(web);
    school = admin.newSchool("Query count IT");
    username = "qc.senco." + admin.key();
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
  void anApiCallerIsNotReadAgainOnTheNextRequest() {
    List<String> first = statements(web, "api/me");
    List<String> second = statements(web, "api/me");
    System.out.printf(
        "SQL statements: GET /api/me first %d, second %d%n", first.size(), second.size());
    assertTrue(first.stream().anyMatch(QueryCountIT::readsAnAccount), "the sign-in reads it");
    assertFalse(second.stream().anyMatch(QueryCountIT::readsAnAccount), "read again: " + second);
    // what is left is the answer's own: the caller's calendar feed
    assertTrue(second.size() <= 1, "GET /api/me in " + second);
  }

  @Test
  void aSessionIsNotReadAgainOnTheNextPage() {
    WebClient browser = new WebClient(base);
    browser.signIn(username, PASSWORD); // a page answers 200 below only when signed in
    List<String> first = statements(browser, "training/my-cpd.xhtml");
    List<String> second = statements(browser, "training/my-cpd.xhtml");
    System.out.printf(
        "SQL statements: My CPD page first %d, second %d%n", first.size(), second.size());
    assertFalse(second.stream().anyMatch(QueryCountIT::readsAnAccount), "read again: " + second);
  }

  static boolean readsAnAccount(String sql) {
    return sql.toLowerCase(Locale.ROOT).contains("from user_account");
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

  int statements(String path) {
    return statements(web, path).size();
  }

  /**
   * Asks as the SENCO (with HTTP Basic, or on the client's session for a page), with a count id,
   * and answers the statements the server counted for the request.
   */
  List<String> statements(WebClient client, String path) {
    String id = UUID.randomUUID().toString();
    HttpResponse<String> answer =
        path.startsWith("api/")
            ? client.get(path, "Authorization", senco, "X-Sql-Count-Id", id)
            : client.get(path, "X-Sql-Count-Id", id);
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    HttpResponse<String> count =
        web.get("api/diagnostics/sql-statements?id=" + id, "Authorization", senco);
    assertEquals(200, count.statusCode(), "the server counts statements in the container tests");
    System.out.printf("%s: %s%n", path, count.body().replace("\n", "\n  "));
    List<String> lines = List.of(count.body().split("\n"));
    int statements = Integer.parseInt(lines.get(0).trim());
    // every request here reads the database at least once: zero would mean nothing was counted
    assertTrue(statements > 0, "no statement counted for " + path);
    assertEquals(statements, lines.size() - 1, "one line a statement");
    return lines.subList(1, lines.size());
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
