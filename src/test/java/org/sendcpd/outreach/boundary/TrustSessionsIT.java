package org.sendcpd.outreach.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Burst;
import org.sendcpd.testing.Burst.Call;
import org.sendcpd.testing.WebClient;

/**
 * The trust catalogue: a trust lead publishes a course without a school and opens a session of it
 * to every school; two schools book at the same moment and the session never holds more people than
 * its places, nor a school more than its share. Bad input on opening is a 400 and opens nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustSessionsIT {

  static final String TRUST_LEAD = WebClient.basic("trust.lead", "oakfield-demo");

  @ArquillianResource URL base;

  @Test
  void twoSchoolsBookingATrustSessionAtOnceNeverPassItsPlacesOrTheirShare() throws Exception {
    ApiScene first = ApiScene.create(base, "Trust booking A", 4);
    ApiScene second = ApiScene.create(base, "Trust booking B", 4);
    long course = trustCourse(first.api);
    LocalDate day = ApiScene.weekdayFrom(LocalDate.now().plusDays(21));
    HttpResponse<String> opened =
        first.api.send(
            "POST",
            "api/trust-sessions",
            "application/json",
            "{\"courseId\": "
                + course
                + ", \"hostSchoolId\": "
                + first.schoolId
                + ", \"startsAt\": \""
                + day
                + "T09:00:00\", \"endsAt\": \""
                + day
                + "T12:00:00\", \"place\": \"Hall\", \"capacity\": 3, \"placesPerSchool\": 2}",
            "Authorization",
            TRUST_LEAD);
    assertEquals(201, opened.statusCode(), opened.body());
    long session = WebClient.json(opened).getJsonNumber("sessionId").longValue();

    List<Call> calls = new ArrayList<>();
    first.tas.forEach(ta -> calls.add(book(session, ta, first.senco())));
    second.tas.forEach(ta -> calls.add(book(session, ta, second.senco())));
    List<HttpResponse<String>> answers = Burst.fire(base.toURI(), calls);

    answers.forEach(
        a ->
            assertTrue(
                a.statusCode() == 201 || a.statusCode() == 409, a.statusCode() + " " + a.body()));
    assertEquals(3, answers.stream().filter(a -> a.statusCode() == 201).count(), "three places");
    List<JsonObject> booked =
        AdminApi.array(
                first.api.get("api/sessions/" + session + "/bookings", "Authorization", TRUST_LEAD))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(b -> b.getString("status").equals("BOOKED"))
            .toList();
    assertEquals(3, booked.size(), booked.toString());
    Map<Boolean, Long> bySchool =
        booked.stream()
            .collect(
                Collectors.partitioningBy(
                    b -> first.tas.contains(b.getJsonNumber("staffId").longValue()),
                    Collectors.counting()));
    assertTrue(bySchool.get(true) <= 2 && bySchool.get(false) <= 2, "each school's share");
    answers.stream()
        .filter(a -> a.statusCode() == 409)
        .forEach(
            a ->
                assertTrue(
                    a.body().contains("full") || a.body().contains("at most 2 places"), a.body()));

    JsonObject seenBySecond =
        AdminApi.array(first.api.get("api/trust-sessions", "Authorization", second.senco()))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(o -> o.getJsonNumber("sessionId").longValue() == session)
            .findFirst()
            .orElseThrow();
    assertEquals(0, seenBySecond.getInt("freePlaces"));
    assertEquals(bySchool.get(false).intValue(), seenBySecond.getInt("heldByYourSchool"));
    List<JsonObject> seenOwn =
        AdminApi.array(
                first.api.get(
                    "api/sessions/" + session + "/bookings", "Authorization", second.senco()))
            .getValuesAs(JsonObject.class);
    assertEquals(bySchool.get(false).intValue(), seenOwn.size(), seenOwn.toString());
    assertTrue(
        seenOwn.stream().allMatch(b -> second.tas.contains(b.getJsonNumber("staffId").longValue())),
        "a school's SENCO sees their own school's bookings only");
  }

  @Test
  void openingATrustSessionRefusesBadInputAndOpensNothing() throws Exception {
    ApiScene school = ApiScene.create(base, "Trust opening", 1);
    long course = trustCourse(school.api);
    String before = school.api.get("api/trust-sessions", "Authorization", TRUST_LEAD).body();
    LocalDate day = ApiScene.weekdayFrom(LocalDate.now().plusDays(30));
    String times = "\"startsAt\": \"" + day + "T09:00:00\", \"endsAt\": \"" + day + "T12:00:00\"";
    String host = "\"hostSchoolId\": " + school.schoolId;
    for (String body :
        new String[] {
          "{\"courseId\": ",
          "{\"courseId\": \"x\", " + host + ", " + times + ", \"capacity\": 5}",
          "{\"courseId\": " + school.courseId + ", " + host + ", " + times + ", \"capacity\": 5}",
          "{\"courseId\": "
              + course
              + ", \"hostSchoolId\": 999999999, "
              + times
              + ", \"capacity\": 5}",
          "{\"courseId\": "
              + course
              + ", "
              + host
              + ", "
              + times
              + ", \"capacity\": 5, \"placesPerSchool\": 0}",
          "{\"courseId\": "
              + course
              + ", "
              + host
              + ", "
              + times
              + ", \"capacity\": 5, \"placesPerSchool\": 6}",
          "{\"courseId\": " + course + ", " + host + ", " + times + ", \"capacity\": 99999999999}",
          "{\"courseId\": "
              + course
              + ", "
              + host
              + ", \"startsAt\": \"2027-02-30T09:00:00\", \"endsAt\": \"2027-02-30T10:00:00\","
              + " \"capacity\": 5}",
          "{\"courseId\": "
              + course
              + ", "
              + host
              + ", \"startsAt\": \"2001-02-01T09:00:00\", \"endsAt\": \"2001-02-01T10:00:00\","
              + " \"capacity\": 5}"
        }) {
      HttpResponse<String> answer =
          school.api.send(
              "POST", "api/trust-sessions", "application/json", body, "Authorization", TRUST_LEAD);
      assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
    }
    assertEquals(
        403,
        school
            .api
            .send(
                "POST",
                "api/trust-sessions",
                "application/json",
                "{\"courseId\": " + course + ", " + host + ", " + times + ", \"capacity\": 5}",
                "Authorization",
                school.senco())
            .statusCode(),
        "only a trust lead opens sessions to every school");
    assertEquals(
        before,
        school.api.get("api/trust-sessions", "Authorization", TRUST_LEAD).body(),
        "nothing opened");
  }

  private static long trustCourse(WebClient api) {
    HttpResponse<String> made =
        api.send(
            "POST",
            "api/courses",
            "application/json",
            "{\"title\": \"Trust course "
                + System.nanoTime()
                + "\", \"delivery\": \"IN_HOUSE\","
                + " \"hours\": 3, \"outcomes\": []}",
            "Authorization",
            TRUST_LEAD);
    assertEquals(201, made.statusCode(), made.body());
    JsonObject course = WebClient.json(made);
    assertEquals(jakarta.json.JsonValue.NULL, course.get("schoolId"), "the trust's own course");
    return course.getJsonNumber("id").longValue();
  }

  private static Call book(long session, long staffId, String authorization) {
    return new Call(
        "POST",
        "api/sessions/" + session + "/bookings",
        "{\"staffId\": " + staffId + "}",
        authorization);
  }
}
