package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * The other person of the stale-copy tests: the administrator reads a record over the API and
 * changes one field of it, as someone else would while a screen shows the older copy.
 */
final class AdminEdits {

  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);

  private AdminEdits() {}

  static JsonObject read(WebClient api, String path) {
    HttpResponse<String> read = api.get(path, "Authorization", ADMIN);
    assertEquals(200, read.statusCode(), read.body());
    return WebClient.json(read);
  }

  static void change(WebClient api, String path, String field, JsonValue value) {
    HttpResponse<String> saved =
        api.send(
            "PUT",
            path,
            "application/json",
            Json.createObjectBuilder(read(api, path)).add(field, value).build().toString(),
            "Authorization",
            ADMIN);
    assertEquals(200, saved.statusCode(), saved.body());
  }
}
