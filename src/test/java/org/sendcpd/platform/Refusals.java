package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.platform.HostileCases.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.platform.HostileCases.Fields;
import org.sendcpd.platform.HostileCases.Hostile;
import org.sendcpd.testing.WebClient;

/**
 * Sends hostile cases and checks each answer: a 4xx, a JSON body with a non-empty error that names
 * the field, no internals, and the watched lists exactly as they were. Then the valid input is
 * accepted, so the refusals were for the mistake.
 */
final class Refusals {

  /** A list read before and after each hostile request, with whose eyes. */
  record Watch(String path, String auth) {}

  private final WebClient web;

  Refusals(WebClient web) {
    this.web = web;
  }

  static Watch watch(String path, String auth) {
    return new Watch(path, auth);
  }

  void refusesThenAccepts(
      String method,
      String path,
      String auth,
      JsonStructure valid,
      Fields fields,
      int status,
      Watch... watched) {
    refuses(method, path, auth, HostileCases.json(valid, fields), watched);
    accepts(method, path, auth, valid, status, watched);
  }

  void accepts(
      String method, String path, String auth, JsonStructure valid, int status, Watch... watched) {
    accepts(method, path, auth, HostileCases.utf8(valid.toString()), JSON, status, watched);
  }

  /** The valid input is taken, and (for a create) the watched list changes. */
  void accepts(
      String method,
      String path,
      String auth,
      byte[] body,
      String type,
      int status,
      Watch... watched) {
    Map<String, String> before = snapshot(List.of(watched));
    HttpResponse<String> answer = web.send(method, path, type, body, "Authorization", auth);
    assertEquals(
        status,
        answer.statusCode(),
        method + " " + path + " with the valid input: " + answer.body());
    if (status == 201) {
      assertNotEquals(
          before, snapshot(List.of(watched)), method + " " + path + " created nothing to see");
    }
  }

  void refuses(String method, String path, String auth, List<Hostile> cases, Watch... watched) {
    Map<String, String> before = snapshot(List.of(watched));
    for (Hostile hostile : cases) {
      HttpResponse<String> answer =
          web.send(method, path, hostile.contentType(), hostile.body(), "Authorization", auth);
      String what = method + " " + path + " with " + hostile.name();
      assertRefused(what, answer, hostile.field(), hostile.mentions());
      assertEquals(before, snapshot(List.of(watched)), what + " changed nothing");
    }
  }

  static void assertRefused(
      String what, HttpResponse<String> answer, String field, String mentions) {
    int status = answer.statusCode();
    String body =
        answer.body().length() > 600 ? answer.body().substring(0, 600) + "..." : answer.body();
    assertTrue(status >= 400 && status < 500, what + " answered " + status + ": " + body);
    JsonValue json;
    try {
      json = HostileCases.parse(answer.body());
    } catch (RuntimeException notJson) {
      throw new AssertionError(what + " answered " + status + " without JSON: " + body, notJson);
    }
    assertTrue(json instanceof JsonObject, what + ": " + body);
    JsonValue error = json.asJsonObject().get("error");
    assertTrue(
        error instanceof JsonString s && !s.getString().isBlank(), what + " has no error: " + body);
    String texts = HostileCases.texts(json);
    assertFalse(
        texts.contains("Exception") || texts.contains("org.sendcpd"),
        what + " shows internals: " + body);
    if (field != null) {
      assertTrue(texts.contains(field), what + " must name " + field + ": " + body);
    }
    if (mentions != null) {
      assertTrue(texts.contains(mentions), what + " must mention " + mentions + ": " + body);
    }
  }

  Map<String, String> snapshot(List<Watch> watched) {
    Map<String, String> lists = new LinkedHashMap<>();
    for (Watch w : watched) {
      HttpResponse<String> answer = web.get(w.path(), "Authorization", w.auth());
      assertEquals(200, answer.statusCode(), w.path() + ": " + answer.body());
      // every Basic request signs in again, so an account's last sign-in moves on its own
      lists.put(w.path(), answer.body().replaceAll("\"lastLoginAt\":\"[^\"]*\"", ""));
    }
    return lists;
  }
}
