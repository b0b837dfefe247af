package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Pages;
import org.sendcpd.testing.WebClient;

/**
 * The gaps answer's filter and compact form, on a school of the test's own: a TA with a CPD record
 * for one competence (no longer a plain gap), a course that closes it with a full session one TA is
 * booked on and an open one. ?status= keeps only matching rows and counts only their people;
 * ?courses=once lists each closing course once and says exactly what the plain rows say; bad values
 * are refused in words; and both forms go out gzipped to a client that accepts it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GapsAnswerIT {

  static final String COMPACT = "application/vnd.sendcpd.gaps-compact+json";

  @ArquillianResource URL base;

  @Test
  void aStatusFilterKeepsTheMatchingRowsAndCountsOnlyTheirPeople() {
    School school = School.create(base);
    String gaps = school.gaps("");
    JsonArray every = school.rows(gaps + "&size=50");
    JsonArray gapsOnly = school.rows(gaps + "&status=GAP&size=50");
    assertEquals(filtered(every, s -> s.equals("GAP")), gapsOnly);
    assertEquals(people(gapsOnly).size(), Pages.total(school.get(gaps + "&status=GAP")));
    assertTrue(gapsOnly.size() < every.size(), "the recorded competence is no longer a gap");

    JsonArray settled = filtered(every, s -> s.equals("MET") || s.equals("PENDING"));
    assertEquals(List.of(school.recorded), people(settled), "only the TA with the record");
    for (String query : List.of("&status=met,Pending", "&status=PENDING&status=MET")) {
      HttpResponse<String> answer = school.get(gaps + query);
      assertEquals(settled, Pages.array(answer.body()), query);
      assertEquals(1, Pages.total(answer), query + ": one person has such a row");
    }

    List<JsonValue> joined = new ArrayList<>();
    long people = people(gapsOnly).size();
    for (int page = 0; page * 2L < people; page++) {
      HttpResponse<String> answer = school.get(gaps + "&status=gap&page=" + page + "&size=2");
      assertEquals(people, Pages.total(answer));
      JsonArray rows = Pages.array(answer.body());
      assertTrue(people(rows).size() <= 2, "two people a page, counting only the matching");
      joined.addAll(rows);
    }
    assertEquals(gapsOnly, joined, "the filtered pages joined");
  }

  @Test
  void coursesOnceListsEachCourseOnceAndSaysWhatThePlainRowsSay() {
    School school = School.create(base);
    String plain = school.gaps("");
    String once = school.gaps("courses=once&");
    Set<Long> bookedOnFull = new HashSet<>();
    List<Integer> fullPlaces = new ArrayList<>();
    for (int page = 0; page < 2; page++) {
      String paging = "&page=" + page + "&size=4";
      HttpResponse<String> rows = school.get(plain + paging);
      HttpResponse<String> compact = school.get(once + paging);
      assertEquals(200, compact.statusCode(), compact.body());
      assertTrue(contentType(compact).startsWith(COMPACT), contentType(compact));
      assertTrue(contentType(rows).startsWith("application/json"), contentType(rows));
      assertEquals(Pages.total(rows), Pages.total(compact), "the same people counted");
      assertEquals(
          link(rows).replace("gaps?", "gaps?courses=once&"), link(compact), "the same pages");
      JsonObject answer = WebClient.json(compact);
      eachCourseOnceAndEveryIdListed(answer);
      assertEquals(Pages.array(rows.body()), expand(answer), "page " + page + " cell by cell");
      bookedOnFull.addAll(bookedOn(answer, school.fullSession));
      session(answer, school.fullSession).ifPresent(s -> fullPlaces.add(s.getInt("freePlaces")));
    }
    assertEquals(Set.of(school.booked), bookedOnFull, "only the booked TA is booked on it");
    assertEquals(List.of(0), fullPlaces, "the full session listed once, for the booked TA");

    JsonObject streamed = WebClient.json(school.get(once + "&all=true"));
    eachCourseOnceAndEveryIdListed(streamed);
    assertEquals(Pages.array(school.get(plain + "&all=true").body()), expand(streamed));

    HttpResponse<String> asked = school.get(plain, "Accept", COMPACT);
    assertTrue(contentType(asked).startsWith(COMPACT), "an Accept header that prefers it");
    assertTrue(WebClient.json(asked).containsKey("courses"));
    HttpResponse<String> generated = school.get(plain, "Accept", "application/json, " + COMPACT);
    assertTrue(Pages.array(generated.body()).size() > 0, "JSON first: the plain rows");
  }

  @Test
  void hostileValuesAreRefusedInWords() {
    School school = School.create(base);
    Map<String, String> refused =
        Map.of(
            "page=-1", "page",
            "size=100000", "size",
            "courses=once&page=-1", "page",
            "status=BOGUS", "status",
            "status=GAP,nope", "status",
            "courses=twice", "courses",
            "courses=once&status=GAPS", "status");
    refused.forEach(
        (query, field) -> {
          HttpResponse<String> answer = school.get(school.gaps("") + "&" + query);
          assertEquals(400, answer.statusCode(), query);
          String error = WebClient.json(answer).getString("error");
          assertTrue(error.startsWith(field), query + ": " + error);
        });
    String status = WebClient.json(school.get(school.gaps("") + "&status=BOGUS")).toString();
    assertTrue(status.contains("'BOGUS' is not one of MET, GAP, EXPIRING, PENDING"), status);
    String courses = WebClient.json(school.get(school.gaps("") + "&courses=twice")).toString();
    assertTrue(courses.contains("must be 'once'"), courses);
  }

  @Test
  void theOpenApiDocumentDescribesBothForms() {
    JsonObject openapi = WebClient.json(new WebClient(base).get("openapi"));
    JsonObject get =
        openapi.getJsonObject("paths").getJsonObject("/api/analysis/gaps").getJsonObject("get");
    JsonObject content =
        get.getJsonObject("responses").getJsonObject("200").getJsonObject("content");
    assertEquals(
        "array",
        content.getJsonObject("application/json").getJsonObject("schema").getString("type"));
    String ref = content.getJsonObject(COMPACT).getJsonObject("schema").getString("$ref");
    JsonObject compact =
        openapi
            .getJsonObject("components")
            .getJsonObject("schemas")
            .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    assertEquals(
        Set.of("rows", "courses", "bookings"), compact.getJsonObject("properties").keySet());
    Set<String> parameters =
        get.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("name"))
            .collect(Collectors.toSet());
    assertTrue(
        parameters.containsAll(Set.of("status", "courses", "page", "size")), parameters.toString());
    assertTrue(get.toString().contains("count only the people with at"), "paging");
  }

  /** The demo school's first page, as the issue measured it: both forms gzipped, and how much. */
  @Test
  void bothFormsGoOutGzippedToAClientThatAcceptsIt() {
    String senco = basic("eleanor.shah", "oakfield-demo");
    String plain = "api/analysis/gaps?date=2026-11-23";
    Sizes rows = sizes(plain, senco);
    Sizes compact = sizes(plain + "&courses=once", senco);
    sizes(plain + "&all=true", senco);
    assertTrue(compact.raw < rows.raw, compact.raw + " < " + rows.raw);
    System.out.printf(
        "gaps answer, demo school first page: rows %,d bytes (gzip %,d);"
            + " courses=once %,d bytes (gzip %,d)%n",
        rows.raw, rows.gzipped, compact.raw, compact.gzipped);
  }

  record Sizes(long raw, long gzipped) {}

  /**
   * The answer's size as it is and gzipped, checked over HTTP/1.1 (curl, a browser on plain HTTP)
   * and over HTTP/2 (Java's HttpClient upgrades by default), each decompressed to the same answer.
   */
  private Sizes sizes(String path, String auth) {
    HttpResponse<String> plain = new WebClient(base).get(path, "Authorization", auth);
    assertEquals(200, plain.statusCode(), plain.body());
    long gzipped = 0;
    for (HttpClient.Version version : HttpClient.Version.values()) {
      HttpResponse<byte[]> zipped =
          bytes(version, path, "Authorization", auth, "Accept-Encoding", "gzip");
      assertEquals(200, zipped.statusCode());
      String where = path + " over " + zipped.version();
      assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), where);
      assertEquals(parse(plain.body()), parse(gunzip(zipped.body())), where + ": the same answer");
      gzipped = zipped.body().length;
    }
    return new Sizes(plain.body().getBytes(StandardCharsets.UTF_8).length, gzipped);
  }

  private HttpResponse<byte[]> bytes(HttpClient.Version version, String path, String... headers) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(new WebClient(base).uri(path)).headers(headers).GET().build();
      return HttpClient.newBuilder()
          .version(version)
          .build()
          .send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonStructure parse(String json) {
    return Json.createReader(new StringReader(json)).read();
  }

  /**
   * The plain rows back from the compact form, by the rule its OpenAPI schema states: a row's
   * closing courses are its ids looked up in courses, each at its level for the row's competence,
   * with the first three sessions that have a free place or that the person is booked on.
   */
  static JsonArray expand(JsonObject compact) {
    Map<Long, JsonObject> courses =
        compact.getJsonArray("courses").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(c -> id(c, "courseId"), c -> c));
    Map<Long, Set<Long>> bookings =
        compact.getJsonArray("bookings").getValuesAs(JsonObject.class).stream()
            .collect(
                Collectors.toMap(b -> id(b, "staffId"), b -> ids(b.getJsonArray("sessionIds"))));
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (JsonObject row : compact.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      Set<Long> booked = bookings.getOrDefault(id(row, "staffId"), Set.of());
      JsonArrayBuilder closing = Json.createArrayBuilder();
      for (long id : ids(row.getJsonArray("closingCourseIds"))) {
        JsonObject course = courses.get(id);
        JsonArrayBuilder sessions = Json.createArrayBuilder();
        course.getJsonArray("nextSessions").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getInt("freePlaces") > 0 || booked.contains(id(s, "sessionId")))
            .limit(3)
            .forEach(
                s ->
                    sessions.add(
                        Json.createObjectBuilder(s)
                            .add("booked", booked.contains(id(s, "sessionId")))));
        closing.add(
            Json.createObjectBuilder()
                .add("courseId", course.get("courseId"))
                .add("title", course.get("title"))
                .add("delivery", course.get("delivery"))
                .add(
                    "level",
                    course.getJsonObject("levelByCompetence").get(row.getString("competenceCode")))
                .add("nextSessions", sessions));
      }
      JsonObjectBuilder plain = Json.createObjectBuilder(row);
      plain.remove("closingCourseIds");
      rows.add(plain.add("closingCourses", closing));
    }
    return rows.build();
  }

  private static void eachCourseOnceAndEveryIdListed(JsonObject compact) {
    List<Long> listed =
        compact.getJsonArray("courses").getValuesAs(JsonObject.class).stream()
            .map(c -> id(c, "courseId"))
            .toList();
    assertEquals(new HashSet<>(listed).size(), listed.size(), "each course once: " + listed);
    Set<Long> referred = new HashSet<>();
    compact
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class)
        .forEach(r -> referred.addAll(ids(r.getJsonArray("closingCourseIds"))));
    assertEquals(referred, new HashSet<>(listed), "every course referred to, and only those");
    List<Long> booked =
        compact.getJsonArray("bookings").getValuesAs(JsonObject.class).stream()
            .map(b -> id(b, "staffId"))
            .toList();
    assertEquals(new HashSet<>(booked).size(), booked.size(), "each person's bookings once");
  }

  private static List<Long> bookedOn(JsonObject compact, long session) {
    return compact.getJsonArray("bookings").getValuesAs(JsonObject.class).stream()
        .filter(b -> ids(b.getJsonArray("sessionIds")).contains(session))
        .map(b -> id(b, "staffId"))
        .toList();
  }

  private static Optional<JsonObject> session(JsonObject compact, long session) {
    return compact.getJsonArray("courses").getValuesAs(JsonObject.class).stream()
        .flatMap(c -> c.getJsonArray("nextSessions").getValuesAs(JsonObject.class).stream())
        .filter(s -> id(s, "sessionId") == session)
        .findFirst();
  }

  private static JsonArray filtered(JsonArray rows, Predicate<String> status) {
    JsonArrayBuilder kept = Json.createArrayBuilder();
    rows.getValuesAs(JsonObject.class).stream()
        .filter(r -> status.test(r.getString("status")))
        .forEach(kept::add);
    return kept.build();
  }

  private static List<Long> people(JsonArray rows) {
    LinkedHashSet<Long> seen = new LinkedHashSet<>();
    rows.getValuesAs(JsonObject.class).forEach(r -> seen.add(id(r, "staffId")));
    return List.copyOf(seen);
  }

  private static Set<Long> ids(JsonArray values) {
    Set<Long> ids = new LinkedHashSet<>();
    values.getValuesAs(JsonNumber.class).forEach(n -> ids.add(n.longValue()));
    return ids;
  }

  private static long id(JsonObject o, String key) {
    return o.getJsonNumber(key).longValue();
  }

  private static String contentType(HttpResponse<?> answer) {
    return answer.headers().firstValue("Content-Type").orElse("");
  }

  private static String link(HttpResponse<?> answer) {
    return answer.headers().firstValue("Link").orElse("");
  }

  /**
   * The test's own school: a SENCO and six TAs; a course that closes a TA gap, with a full session
   * (one place, booked by one TA) and an open one; a CPD record for another TA on that competence.
   */
  static final class School {
    final ApiScene scene;
    long recorded;
    long booked;
    long fullSession;

    private School(ApiScene scene) {
      this.scene = scene;
    }

    static School create(URL base) {
      School school = new School(ApiScene.create(base, "Gaps answer", 6));
      school.plan();
      return school;
    }

    String gaps(String first) {
      return "api/analysis/gaps?" + first + "schoolId=" + scene.schoolId;
    }

    HttpResponse<String> get(String path, String... headers) {
      List<String> all = new ArrayList<>(List.of("Authorization", scene.senco()));
      all.addAll(List.of(headers));
      return scene.api.get(path, all.toArray(String[]::new));
    }

    JsonArray rows(String path) {
      HttpResponse<String> answer = get(path);
      assertEquals(200, answer.statusCode(), answer.body());
      return Pages.array(answer.body());
    }

    private void plan() {
      recorded = scene.tas.get(0);
      booked = scene.tas.get(1);
      JsonObject gap =
          rows(gaps("") + "&staffId=" + recorded).getValuesAs(JsonObject.class).stream()
              .filter(r -> r.getString("status").equals("GAP") && r.getInt("required") > 0)
              .findFirst()
              .orElseThrow(() -> new AssertionError("a TA with no gap"));
      String code = gap.getString("competenceCode");
      int level = gap.getInt("required");
      JsonObject outcome =
          Json.createObjectBuilder().add("competenceCode", code).add("level", level).build();
      long course =
          id(
              post(
                  "api/courses",
                  Json.createObjectBuilder()
                      .add("schoolId", scene.schoolId)
                      .add("title", "Closing " + code + " " + scene.schoolId)
                      .add("delivery", "IN_HOUSE")
                      .add("hours", 2)
                      .add("outcomes", Json.createArrayBuilder().add(outcome))),
              "id");
      fullSession = session(course, 14, 1);
      session(course, 21, 5);
      post(
          "api/sessions/" + fullSession + "/bookings",
          Json.createObjectBuilder().add("staffId", booked));
      post(
          "api/cpd-records",
          Json.createObjectBuilder()
              .add("staffId", recorded)
              .add("title", "Course elsewhere on " + code)
              .add("delivery", "ONLINE")
              .add("completedOn", LocalDate.now().minusDays(10).toString())
              .add("hours", 3)
              .add("outcomes", Json.createArrayBuilder().add(outcome))
              .add("reflection", "Used it with a pupil the next day"));
    }

    private long session(long course, int daysAhead, int capacity) {
      LocalDate day = ApiScene.weekdayFrom(LocalDate.now().plusDays(daysAhead));
      return id(
          post(
              "api/sessions",
              Json.createObjectBuilder()
                  .add("courseId", course)
                  .add("schoolId", scene.schoolId)
                  .add("startsAt", day + "T15:45:00")
                  .add("endsAt", day + "T17:15:00")
                  .add("place", "Hall")
                  .add("capacity", capacity)),
          "id");
    }

    private JsonObject post(String path, JsonObjectBuilder body) {
      HttpResponse<String> answer =
          scene.api.send(
              "POST",
              path,
              "application/json",
              body.build().toString(),
              "Authorization",
              scene.senco());
      assertTrue(answer.statusCode() / 100 == 2, path + ": " + answer.body());
      return WebClient.json(answer);
    }
  }
}
