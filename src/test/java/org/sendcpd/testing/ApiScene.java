package org.sendcpd.testing;

import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A school of its own for one IT class, made only through the public API: the administrator adds
 * the school, imports its staff (a SENCO and some TAs) and gives the SENCO an account; the SENCO
 * then adds a course and plans sessions. Nothing here depends on the demo school.
 */
public final class ApiScene {

  public static final String PASSWORD = "api-scene-secret";

  public final WebClient api;
  public final long schoolId;
  public final String sencoUsername;
  public final long sencoId;
  public final List<Long> tas;
  public final long courseId;
  public final String courseTitle;

  private ApiScene(
      WebClient api,
      long schoolId,
      String sencoUsername,
      long sencoId,
      List<Long> tas,
      long courseId,
      String courseTitle) {
    this.api = api;
    this.schoolId = schoolId;
    this.sencoUsername = sencoUsername;
    this.sencoId = sencoId;
    this.tas = tas;
    this.courseId = courseId;
    this.courseTitle = courseTitle;
  }

  /** A new school with a SENCO who may sign in, {@code taCount} TAs and one in-house course. */
  public static ApiScene create(URL base, String label, int taCount) {
    WebClient api = new WebClient(base);
    String key = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String urn = String.valueOf(100_000 + Math.floorMod(key.hashCode(), 900_000));
    String admin = basic("admin", TestDeployments.ADMIN_PASSWORD);
    JsonObject school =
        ok(
            api.send(
                "POST",
                "api/schools",
                "application/json",
                "{\"name\": \""
                    + label
                    + " "
                    + key
                    + "\", \"urn\": \""
                    + urn
                    + "\","
                    + " \"phase\": \"PRIMARY\"}",
                "Authorization",
                admin));
    long schoolId = school.getJsonNumber("id").longValue();

    StringBuilder csv =
        new StringBuilder("first_name,last_name,email,job_role,team,fte,start_date,leaving_date,");
    csv.append("line_manager_email\n");
    csv.append("Sam,Senco,senco.").append(key).append("@it.example,SENCO,SLT,1,,,\n");
    for (int i = 0; i < taCount; i++) {
      csv.append("Tia,Ta")
          .append(String.format("%03d", i))
          .append(",ta")
          .append(i)
          .append('.')
          .append(key)
          .append("@it.example,TA,Year ")
          .append(1 + i % 6)
          .append(",1,,,\n");
    }
    HttpResponse<String> imported =
        api.send(
            "POST",
            "api/staff/import?schoolId=" + schoolId,
            "text/csv",
            csv.toString(),
            "Authorization",
            admin);
    ok(imported);
    JsonArray staff =
        Json.createReader(
                new StringReader(
                    ok200(api.get("api/staff?schoolId=" + schoolId, "Authorization", admin))))
            .readArray();
    long sencoId = 0;
    List<Long> tas = new ArrayList<>();
    for (JsonObject person : staff.getValuesAs(JsonObject.class)) {
      long id = person.getJsonNumber("id").longValue();
      if ("SENCO".equals(person.getString("jobRole"))) {
        sencoId = id;
      } else {
        tas.add(id);
      }
    }
    String username = "senco." + key;
    ok(
        api.send(
            "POST",
            "api/accounts",
            "application/json",
            "{\"staffId\": "
                + sencoId
                + ", \"username\": \""
                + username
                + "\", \"password\": \""
                + PASSWORD
                + "\", \"roles\": [\"SENCO\"]}",
            "Authorization",
            admin));
    JsonObject course =
        ok(
            api.send(
                "POST",
                "api/courses",
                "application/json",
                "{\"schoolId\": "
                    + schoolId
                    + ", \"title\": \"Concurrency "
                    + key
                    + "\","
                    + " \"delivery\": \"IN_HOUSE\", \"hours\": 1.5, \"outcomes\": []}",
                "Authorization",
                basic(username, PASSWORD)));
    return new ApiScene(
        api,
        schoolId,
        username,
        sencoId,
        List.copyOf(tas),
        course.getJsonNumber("id").longValue(),
        course.getString("title"));
  }

  /** The SENCO's Authorization header value. */
  public String senco() {
    return basic(sencoUsername, PASSWORD);
  }

  /**
   * Plans a session of the course {@code daysAhead} days from today (the next weekday from there:
   * sessions happen on school days, and this school has no year set) with so many places.
   */
  public long session(int daysAhead, int capacity) {
    LocalDate day = weekdayFrom(LocalDate.now().plusDays(daysAhead));
    JsonObject session =
        ok(
            api.send(
                "POST",
                "api/sessions",
                "application/json",
                "{\"courseId\": "
                    + courseId
                    + ", \"schoolId\": "
                    + schoolId
                    + ", \"startsAt\": \""
                    + day
                    + "T15:45:00\", \"endsAt\": \""
                    + day
                    + "T17:15:00\", \"place\":"
                    + " \"Hall\", \"capacity\": "
                    + capacity
                    + "}",
                "Authorization",
                senco()));
    return session.getJsonNumber("id").longValue();
  }

  /** The day itself or the Monday after, when it falls at a weekend. */
  public static LocalDate weekdayFrom(LocalDate day) {
    LocalDate weekday = day;
    while (weekday.getDayOfWeek().getValue() > 5) {
      weekday = weekday.plusDays(1);
    }
    return weekday;
  }

  private static JsonObject ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
    return WebClient.json(response);
  }

  private static String ok200(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
