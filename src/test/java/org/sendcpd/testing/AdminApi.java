package org.sendcpd.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

/**
 * What an IT needs made through the API as the first administrator: a school of its own, staff and
 * accounts in it, and the audit rows of one record. Each call asserts its own success.
 */
public final class AdminApi {

  public static final String ADMIN = WebClient.basic("admin", TestDeployments.ADMIN_PASSWORD);

  private final WebClient web;
  private final String key = UUID.randomUUID().toString().substring(0, 8);

  public AdminApi(WebClient web) {
    this.web = web;
  }

  /** A short random text, unique to this helper, for names and emails. */
  public String key() {
    return key;
  }

  public long newSchool(String name) {
    String urn = String.valueOf(100_000 + (int) (Math.random() * 899_999));
    JsonObject school =
        Json.createObjectBuilder()
            .add("name", name + " " + key)
            .add("urn", urn)
            .add("phase", "PRIMARY")
            .build();
    return id(send("POST", "api/schools", school, 201));
  }

  /** A member of staff in the school; {@code email} is made unique with the helper's key. */
  public JsonObject newStaff(
      long schoolId, String first, String last, String jobRole, String team) {
    JsonObject person =
        Json.createObjectBuilder()
            .add("schoolId", schoolId)
            .add("firstName", first)
            .add("lastName", last)
            .add("email", (first + "." + last + "." + key + "@it.example").toLowerCase())
            .add("jobRole", jobRole)
            .add("team", team)
            .add("fte", 1.0)
            .build();
    return WebClient.json(send("POST", "api/staff", person, 201));
  }

  /** Sends the person back with some fields changed, as the caller given. */
  public HttpResponse<String> changeStaff(
      JsonObject person, JsonObject changes, String authorization) {
    JsonObjectBuilder changed = Json.createObjectBuilder(person);
    changes.forEach(changed::add);
    return web.send(
        "PUT",
        "api/staff/" + person.getJsonNumber("id").longValue(),
        "application/json",
        changed.build().toString(),
        "Authorization",
        authorization);
  }

  /** An account for the person, with the roles given (none: STAFF comes from the record). */
  public long newAccount(JsonObject person, String username, String password, String... roles) {
    JsonObject account =
        Json.createObjectBuilder()
            .add("staffId", person.getJsonNumber("id").longValue())
            .add("username", username)
            .add("password", password)
            .add("roles", Json.createArrayBuilder(List.of(roles)))
            .build();
    return id(send("POST", "api/accounts", account, 201));
  }

  public JsonObject account(long id) {
    return array(web.get("api/accounts", "Authorization", ADMIN)).stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + id));
  }

  /** The audit rows of one record, newest first. */
  public List<JsonObject> audit(String entityType, long entityId) {
    HttpResponse<String> rows =
        web.get(
            "api/audit?entityType=" + entityType + "&entityId=" + entityId, "Authorization", ADMIN);
    assertEquals(200, rows.statusCode(), rows.body());
    return array(rows).stream().map(JsonValue::asJsonObject).toList();
  }

  /** The newest audit row of a record with that action. */
  public JsonObject auditRow(String entityType, long entityId, String action) {
    return audit(entityType, entityId).stream()
        .filter(r -> r.getString("action").equals(action))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no "
                        + action
                        + " for "
                        + entityType
                        + " "
                        + entityId
                        + ": "
                        + audit(entityType, entityId)));
  }

  private HttpResponse<String> send(String method, String path, JsonObject body, int status) {
    HttpResponse<String> response =
        web.send(method, path, "application/json", body.toString(), "Authorization", ADMIN);
    assertEquals(status, response.statusCode(), response.body());
    return response;
  }

  private static long id(HttpResponse<String> response) {
    return WebClient.json(response).getJsonNumber("id").longValue();
  }

  public static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
