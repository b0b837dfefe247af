package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Burst;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * Optimistic locking over the API (DESIGN.md, REST API): a GET of one editable resource answers an
 * ETag, a PUT with a stale If-Match answers 412 naming who changed the record and changes nothing,
 * a PUT without If-Match saves as before, and of several simultaneous PUTs of the same copy exactly
 * one wins. Each test works in a school of its own made through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntityTagsIT {

  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);

  @ArquillianResource URL base;

  @Test
  void aStaleIfMatchIs412NamesWhoChangedItAndLeavesTheRowAsItWas() {
    ApiScene scene = ApiScene.create(base, "Tags IT", 1);
    String path = "api/staff/" + scene.tas.get(0);
    HttpResponse<String> read = scene.api.get(path, "Authorization", scene.senco());
    String tag = etag(read);
    JsonObject copy = WebClient.json(read);

    HttpResponse<String> theirs = put(scene.api, path, with(copy, "team", "Year 5"), ADMIN, tag);
    assertEquals(200, theirs.statusCode(), theirs.body());
    String newTag = etag(theirs);
    assertNotEquals(tag, newTag, "a save raises the version");
    assertEquals(newTag, etag(scene.api.get(path, "Authorization", scene.senco())));

    HttpResponse<String> mine =
        put(scene.api, path, with(copy, "team", "Year 6"), scene.senco(), tag);
    assertEquals(412, mine.statusCode(), mine.body());
    JsonObject error = WebClient.json(mine);
    assertTrue(
        error.getString("error").startsWith("admin changed this record at "), error.toString());
    assertFalse(error.getJsonArray("details").isEmpty(), error.toString());

    HttpResponse<String> after = scene.api.get(path, "Authorization", scene.senco());
    assertEquals("Year 5", WebClient.json(after).getString("team"), "the row is unchanged");
    assertEquals(newTag, etag(after));
  }

  @Test
  void withoutIfMatchAPutSavesAsItAlwaysDid() {
    ApiScene scene = ApiScene.create(base, "Tags IT", 1);
    String path = "api/staff/" + scene.tas.get(0);
    JsonObject copy = WebClient.json(scene.api.get(path, "Authorization", scene.senco()));
    put(scene.api, path, with(copy, "team", "Year 2"), ADMIN, null);

    HttpResponse<String> blind =
        scene.api.send(
            "PUT",
            path,
            "application/json",
            with(copy, "team", "Year 3"),
            "Authorization",
            scene.senco());
    assertEquals(200, blind.statusCode(), blind.body());
    assertEquals("Year 3", WebClient.json(blind).getString("team"));
    HttpResponse<String> any = put(scene.api, path, with(copy, "team", "Year 4"), ADMIN, "*");
    assertEquals(200, any.statusCode(), any.body());
  }

  @Test
  void sessionsCoursesAndAccountsRefuseAStaleCopyToo() {
    ApiScene scene = ApiScene.create(base, "Tags IT", 1);
    long session = scene.session(40, 5);
    String sessionPath = "api/sessions/" + session;
    HttpResponse<String> read = scene.api.get(sessionPath, "Authorization", scene.senco());
    String tag = etag(read);
    JsonObject copy = WebClient.json(read);
    HttpResponse<String> moved =
        put(scene.api, sessionPath, with(copy, "place", "Library"), scene.senco(), tag);
    assertEquals(200, moved.statusCode(), moved.body());
    HttpResponse<String> stale =
        put(scene.api, sessionPath, with(copy, "place", "Gym"), scene.senco(), tag);
    assertEquals(412, stale.statusCode(), stale.body());
    assertTrue(WebClient.json(stale).getString("error").contains("changed this record"));
    assertEquals(
        "Library",
        WebClient.json(scene.api.get(sessionPath, "Authorization", scene.senco()))
            .getString("place"));

    String coursePath = "api/courses/" + scene.courseId;
    HttpResponse<String> course = scene.api.get(coursePath, "Authorization", scene.senco());
    JsonObject courseCopy = WebClient.json(course);
    assertEquals(
        200,
        put(scene.api, coursePath, with(courseCopy, "provider", "Us"), ADMIN, etag(course))
            .statusCode());
    assertEquals(
        412,
        put(scene.api, coursePath, with(courseCopy, "provider", "Them"), ADMIN, etag(course))
            .statusCode());

    long account = accountId(scene);
    HttpResponse<String> accountRead =
        scene.api.get("api/accounts/" + account, "Authorization", ADMIN);
    String accountTag = etag(accountRead);
    String roles = "{\"roles\": [\"SENCO\", \"HEAD\"]}";
    HttpResponse<String> granted =
        put(scene.api, "api/accounts/" + account, roles, ADMIN, accountTag);
    assertEquals(200, granted.statusCode(), granted.body());
    assertNotEquals(accountTag, etag(granted), "a change of roles alone raises the version");
    assertEquals(
        412,
        put(scene.api, "api/accounts/" + account, "{\"enabled\": false}", ADMIN, accountTag)
            .statusCode());
    assertEquals(200, scene.api.get("api/me", "Authorization", scene.senco()).statusCode());
  }

  @Test
  void ofFiveSimultaneousSavesOfOneCopyExactlyOneWins() throws Exception {
    ApiScene scene = ApiScene.create(base, "Tags IT", 1);
    String path = "api/staff/" + scene.tas.get(0);
    HttpResponse<String> read = scene.api.get(path, "Authorization", scene.senco());
    String tag = etag(read);
    JsonObject copy = WebClient.json(read);
    List<Burst.Call> saves =
        List.of("A", "B", "C", "D", "E").stream()
            .map(t -> new Burst.Call("PUT", path, with(copy, "team", "Team " + t), scene.senco()))
            .toList();

    List<HttpResponse<String>> answers = Burst.fire(base.toURI(), saves, "If-Match", tag);

    Map<Integer, Long> byCode =
        answers.stream()
            .collect(
                Collectors.groupingBy(
                    HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of(200, 1L, 412, 4L), byCode, answers.toString());
    String winner =
        answers.stream()
            .filter(a -> a.statusCode() == 200)
            .map(a -> WebClient.json(a).getString("team"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        winner,
        WebClient.json(scene.api.get(path, "Authorization", scene.senco())).getString("team"));
  }

  private static long accountId(ApiScene scene) {
    HttpResponse<String> all = scene.api.get("api/accounts", "Authorization", ADMIN);
    return Json.createReader(new java.io.StringReader(all.body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getString("username").equals(scene.sencoUsername))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static HttpResponse<String> put(
      WebClient api, String path, String json, String authorization, String ifMatch) {
    List<String> headers =
        ifMatch == null
            ? List.of("Authorization", authorization)
            : List.of("Authorization", authorization, "If-Match", ifMatch);
    return api.send("PUT", path, "application/json", json, headers.toArray(String[]::new));
  }

  private static String etag(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
  }

  private static String with(JsonObject copy, String field, String value) {
    return Json.createObjectBuilder(copy).add(field, value).build().toString();
  }
}
