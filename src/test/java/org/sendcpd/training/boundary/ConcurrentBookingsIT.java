package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Burst;
import org.sendcpd.testing.Burst.Call;

/**
 * Capacity and the waiting list hold however many requests arrive at once: bookings released
 * together at a latch never put more people on a session than it has places, the waiting list keeps
 * one position per person, cancellations promote exactly as many people as places they free, and no
 * request is answered with a server error. Each test plans its own sessions in a school this class
 * makes through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentBookingsIT {

  @ArquillianResource URL base;

  @Test
  void twentySimultaneousBookingsOnATwoPlaceSessionBookTwoAndQueueEighteen() throws Exception {
    ApiScene scene = ApiScene.create(base, "Concurrency IT", 20);
    long session = scene.session(30, 2);
    List<Call> calls =
        scene.tas.stream()
            .map(ta -> book(scene, session, ta, true))
            .collect(Collectors.toCollection(ArrayList::new));

    List<HttpResponse<String>> answers = Burst.fire(base.toURI(), calls);

    Map<String, Long> counted = statuses(scene, session);
    report("one 2-place session, 20 requests", answers);
    System.out.println("ConcurrentBookingsIT one 2-place session: bookings " + counted);
    answers.forEach(a -> assertTrue(a.statusCode() / 100 == 2, a.statusCode() + " " + a.body()));
    assertEquals(Map.of("BOOKED", 2L, "WAITING", 18L), counted);
    assertEquals(
        IntStream.rangeClosed(1, 18).boxed().toList(), waitingPositions(scene, session), "queue");
  }

  @Test
  void simultaneousBookingsAcrossSessionsKeepEachSessionsCapacity() throws Exception {
    ApiScene scene = ApiScene.create(base, "Concurrency IT", 16);
    long queued = scene.session(31, 2);
    long strict = scene.session(32, 3);
    long single = scene.session(33, 1);
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(book(scene, queued, scene.tas.get(i), true));
      calls.add(book(scene, strict, scene.tas.get(i + 4), false));
      calls.add(book(scene, single, scene.tas.get(i + 8), true));
    }

    List<HttpResponse<String>> answers = Burst.fire(base.toURI(), calls);

    report("three sessions, 24 requests", answers);
    answers.forEach(
        a ->
            assertTrue(
                a.statusCode() / 100 == 2 || a.statusCode() == 409,
                a.statusCode() + " " + a.body()));
    assertEquals(Map.of("BOOKED", 2L, "WAITING", 6L), statuses(scene, queued));
    assertEquals(Map.of("BOOKED", 3L), statuses(scene, strict), "no waiting list was asked for");
    assertEquals(Map.of("BOOKED", 1L, "WAITING", 7L), statuses(scene, single));
    long refused =
        IntStream.range(0, calls.size())
            .filter(i -> i % 3 == 1 && answers.get(i).statusCode() == 409)
            .count();
    assertEquals(5, refused, "five of eight are told the session is full");
    assertEquals(List.of(1, 2, 3, 4, 5, 6), waitingPositions(scene, queued));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), waitingPositions(scene, single));
  }

  @Test
  void simultaneousCancellationsPromoteOnePersonPerFreedPlace() throws Exception {
    ApiScene scene = ApiScene.create(base, "Concurrency IT", 7);
    long session = scene.session(34, 3);
    for (long ta : scene.tas) {
      HttpResponse<String> booked =
          scene.api.send(
              "POST",
              "api/sessions/" + session + "/bookings",
              "application/json",
              "{\"staffId\": " + ta + ", \"waitingList\": true}",
              "Authorization",
              scene.senco());
      assertEquals(201, booked.statusCode(), booked.body());
    }
    List<Call> cancels =
        bookings(scene, session).getValuesAs(JsonObject.class).stream()
            .filter(b -> b.getString("status").equals("BOOKED"))
            .map(
                b ->
                    new Call(
                        "DELETE",
                        "api/sessions/" + session + "/bookings/" + b.getJsonNumber("id"),
                        null,
                        scene.senco()))
            .toList();
    assertEquals(3, cancels.size());

    List<HttpResponse<String>> answers = Burst.fire(base.toURI(), cancels);

    report("three cancellations on a full session", answers);
    answers.forEach(a -> assertEquals(200, a.statusCode(), a.body()));
    assertEquals(
        Map.of("BOOKED", 3L, "WAITING", 1L, "CANCELLED", 3L),
        statuses(scene, session),
        "three of the four waiting move up");
    assertEquals(List.of(1), waitingPositions(scene, session));
  }

  private static Call book(ApiScene scene, long session, long staffId, boolean waitingList) {
    return new Call(
        "POST",
        "api/sessions/" + session + "/bookings",
        "{\"staffId\": " + staffId + ", \"waitingList\": " + waitingList + "}",
        scene.senco());
  }

  private static JsonArray bookings(ApiScene scene, long session) {
    HttpResponse<String> listed =
        scene.api.get("api/sessions/" + session + "/bookings", "Authorization", scene.senco());
    assertEquals(200, listed.statusCode(), listed.body());
    return Json.createReader(new StringReader(listed.body())).readArray();
  }

  private static Map<String, Long> statuses(ApiScene scene, long session) {
    return bookings(scene, session).getValuesAs(JsonObject.class).stream()
        .collect(Collectors.groupingBy(b -> b.getString("status"), Collectors.counting()));
  }

  private static List<Integer> waitingPositions(ApiScene scene, long session) {
    return bookings(scene, session).getValuesAs(JsonObject.class).stream()
        .filter(b -> b.getString("status").equals("WAITING"))
        .map(b -> b.getInt("waitingPosition"))
        .sorted()
        .toList();
  }

  /** The answers by status code, in the build log, for the figures the issue asks for. */
  private static void report(String what, List<HttpResponse<String>> answers) {
    Map<Integer, Long> byCode =
        answers.stream()
            .collect(
                Collectors.groupingBy(
                    HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
    System.out.println("ConcurrentBookingsIT " + what + ": answers " + byCode);
  }
}
