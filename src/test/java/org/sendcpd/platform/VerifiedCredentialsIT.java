package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * The API remembers a verified password for a few minutes, but an administrator's change to the
 * account (roles, password, deletion) takes effect on the very next request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerifiedCredentialsIT {

  private static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);

  @ArquillianResource URL base;

  @Test
  void accountChangesReachTheApiAtOnce() {
    WebClient web = new WebClient(base);
    String username = "cache" + UUID.randomUUID().toString().substring(0, 8);
    String first = basic(username, "first-password-1");
    HttpResponse<String> created =
        web.send(
            "POST",
            "api/accounts",
            "application/json",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", "first-password-1")
                .add("roles", Json.createArrayBuilder().add("ADMIN"))
                .build()
                .toString(),
            "Authorization",
            ADMIN);
    assertEquals(201, created.statusCode(), created.body());
    long id = WebClient.json(created).getJsonNumber("id").longValue();
    assertEquals(200, web.get("api/accounts", "Authorization", first).statusCode());
    assertEquals(200, web.get("api/accounts", "Authorization", first).statusCode());

    change(web, id, Json.createObjectBuilder().add("roles", Json.createArrayBuilder()).build());
    assertEquals(403, web.get("api/accounts", "Authorization", first).statusCode(), "role gone");

    change(web, id, Json.createObjectBuilder().add("password", "second-password-2").build());
    assertEquals(401, web.get("api/accounts", "Authorization", first).statusCode(), "old password");
    String second = basic(username, "second-password-2");
    assertEquals(403, web.get("api/accounts", "Authorization", second).statusCode());

    assertEquals(
        204,
        web.send("DELETE", "api/accounts/" + id, "application/json", "", "Authorization", ADMIN)
            .statusCode());
    assertEquals(401, web.get("api/accounts", "Authorization", second).statusCode(), "deleted");
  }

  private static void change(WebClient web, long id, jakarta.json.JsonObject body) {
    HttpResponse<String> changed =
        web.send(
            "PUT",
            "api/accounts/" + id,
            "application/json",
            body.toString(),
            "Authorization",
            ADMIN);
    assertEquals(200, changed.statusCode(), changed.body());
  }
}
