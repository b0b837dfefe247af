package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.Pages;
import org.sendcpd.testing.WebClient;

/**
 * The demo school's gap matrix through the API, paged by person: the pages together are the
 * streamed whole answer, in a stable order by surname, first name and id, with the number of people
 * in the total header; bad paging is a 400 naming the parameter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GapsPagingIT {

  static final String SENCO = "eleanor.shah";
  static final String DEMO = "oakfield-demo";
  static final String GAPS = "api/analysis/gaps?date=2026-11-23";

  @ArquillianResource URL base;

  @Test
  void thePagesTogetherAreTheStreamedWholeInAStableOrder() {
    WebClient api = new WebClient(base);
    String auth = basic(SENCO, DEMO);
    HttpResponse<String> streamed = api.get(GAPS + "&all=true", "Authorization", auth);
    assertEquals(200, streamed.statusCode(), streamed.body());
    JsonArray whole = Pages.array(streamed.body());
    long people = Pages.total(streamed);
    List<Long> order = people(whole);
    assertTrue(people >= 35, "about 40 demo staff in post: " + people);
    assertTrue(order.size() <= people && order.size() > people / 2, order.size() + " of " + people);

    List<JsonValue> joined = new ArrayList<>();
    int pages = 0;
    for (int page = 0; (long) page * 7 < people; page++, pages++) {
      HttpResponse<String> answer =
          api.get(GAPS + "&page=" + page + "&size=7", "Authorization", auth);
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(people, Pages.total(answer), "the total on page " + page);
      JsonArray rows = Pages.array(answer.body());
      assertTrue(people(rows).size() <= 7, "at most 7 people on page " + page);
      assertEquals(
          rows,
          Pages.array(api.get(GAPS + "&page=" + page + "&size=7", "Authorization", auth).body()),
          "asked again, the same page");
      joined.addAll(rows);
    }
    assertEquals(whole, joined, "the " + pages + " pages joined are the streamed answer");
    assertEquals(
        0,
        Pages.array(api.get(GAPS + "&page=" + pages + "&size=7", "Authorization", auth).body())
            .size(),
        "past the last page: empty");

    Map<Long, String> byName = new HashMap<>();
    Pages.all(api, "api/staff", "Authorization", auth).stream()
        .map(JsonValue::asJsonObject)
        .forEach(
            s -> byName.put(id(s), s.getString("lastName") + "\u0000" + s.getString("firstName")));
    List<Long> sorted =
        order.stream()
            .sorted(Comparator.comparing((Long id) -> byName.get(id)).thenComparing(id -> id))
            .toList();
    assertEquals(sorted, order, "people by surname, first name and id");
  }

  @Test
  void withoutPageAndSizeItIsTheFirstFiftyPeopleWithLinks() {
    WebClient api = new WebClient(base);
    String auth = basic(SENCO, DEMO);
    HttpResponse<String> first = api.get(GAPS, "Authorization", auth);
    assertEquals(200, first.statusCode());
    assertEquals(
        Pages.array(api.get(GAPS + "&page=0&size=50", "Authorization", auth).body()),
        Pages.array(first.body()));
    HttpResponse<String> small = api.get(GAPS + "&size=5", "Authorization", auth);
    String links = small.headers().firstValue("Link").orElse("");
    assertTrue(links.contains("page=1&size=5>; rel=\"next\""), links);
    assertTrue(links.contains("page=0&size=5>; rel=\"first\""), links);
    assertFalse(links.contains("rel=\"prev\""), links);
  }

  @Test
  void onePersonsRowsStillComeWithStaffId() {
    WebClient api = new WebClient(base);
    String auth = basic(SENCO, DEMO);
    JsonArray whole = Pages.array(api.get(GAPS + "&all=true", "Authorization", auth).body());
    long someone = people(whole).get(3);
    HttpResponse<String> answer = api.get(GAPS + "&staffId=" + someone, "Authorization", auth);
    assertEquals(1, Pages.total(answer));
    List<JsonValue> theirs =
        whole.stream().filter(r -> id(r.asJsonObject(), "staffId") == someone).toList();
    assertEquals(theirs, Pages.array(answer.body()));
  }

  @Test
  void badPagingIsRefusedNamingTheParameter() {
    WebClient api = new WebClient(base);
    String auth = basic(SENCO, DEMO);
    Map<String, String> refused =
        Map.of(
            "size=0", "size",
            "size=100000", "size",
            "page=-1", "page",
            "page=abc", "page",
            "all=maybe", "all",
            "all=true&page=0", "all");
    refused.forEach(
        (query, field) -> {
          HttpResponse<String> answer = api.get(GAPS + "&" + query, "Authorization", auth);
          assertEquals(400, answer.statusCode(), query);
          String error = WebClient.json(answer).getString("error");
          assertTrue(error.startsWith(field), query + ": " + error);
        });
  }

  @Test
  void theOpenApiDocumentSaysHowThePagesCount() {
    String openapi = new WebClient(base).get("openapi").body();
    assertTrue(openapi.contains("people per page, 1 to 500 (default 50)"), "gaps' size");
    assertTrue(openapi.contains("page number from 0 (default 0)"), "page from 0");
    assertTrue(openapi.contains("X-Total-Count"), "the total header");
    assertTrue(openapi.contains("all=true streams every person"), "the whole answer");
  }

  /** The people of the rows, in the order they first appear; each person's rows are together. */
  private static List<Long> people(JsonArray rows) {
    LinkedHashSet<Long> seen = new LinkedHashSet<>();
    Long last = null;
    for (JsonValue row : rows) {
      long id = id(row.asJsonObject(), "staffId");
      if (last == null || last != id) {
        assertTrue(seen.add(id), "the rows of person " + id + " are together");
      }
      last = id;
    }
    return List.copyOf(seen);
  }

  private static long id(JsonObject o) {
    return id(o, "id");
  }

  private static long id(JsonObject o, String key) {
    return o.getJsonNumber(key).longValue();
  }
}
