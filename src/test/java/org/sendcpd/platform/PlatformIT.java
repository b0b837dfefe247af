package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.platform.entity.AuditEvent;
import org.sendcpd.testing.WebClient;

/** The platform's public face: health, OpenAPI, the API's Basic challenge, the login page. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @ArquillianResource URL base;

  @PersistenceContext EntityManager em;

  @Test
  @RunAsClient
  void readinessIsUp() {
    HttpResponse<String> ready = new WebClient(base).get("health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("UP", WebClient.json(ready).getString("status"));
  }

  @Test
  @RunAsClient
  void livenessIsUp() {
    HttpResponse<String> live = new WebClient(base).get("health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertEquals("UP", WebClient.json(live).getString("status"));
  }

  @Test
  @RunAsClient
  void openApiDescribesTheApi() {
    HttpResponse<String> openapi = new WebClient(base).get("openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("SEND CPD API"), openapi.body());
  }

  @Test
  @RunAsClient
  void apiWithoutCredentialsIsChallenged() {
    HttpResponse<String> answer = new WebClient(base).get("api/anything");
    assertChallenged(answer);
  }

  @Test
  @RunAsClient
  void apiWithWrongPasswordIsChallenged() {
    HttpResponse<String> answer =
        new WebClient(base)
            .get("api/anything", "Authorization", WebClient.basic("admin", "not-the-password"));
    assertChallenged(answer);
  }

  @Test
  @RunAsClient
  void pagesSendAStrangerToTheLoginPage() {
    HttpResponse<String> home = new WebClient(base).get("");
    assertEquals(302, home.statusCode());
    String location = home.headers().firstValue("Location").orElse("");
    assertTrue(location.endsWith("/login.xhtml"), location);
  }

  @Test
  @RunAsClient
  void loginPageRendersTheForm() {
    HttpResponse<String> login = new WebClient(base).get("login.xhtml");
    assertEquals(200, login.statusCode());
    String html = login.body();
    assertTrue(html.contains("<form id=\"login\""), html);
    assertTrue(html.contains("name=\"login:username\""), html);
    assertTrue(html.contains("name=\"login:password\""), html);
    assertTrue(html.contains("name=\"login:signIn\""), html);
    assertFalse(WebClient.hiddenField(html, WebClient.VIEW_STATE).isBlank());
  }

  /** In the container: a refused API sign-in leaves a LOGIN_FAILED row naming who tried. */
  @Test
  void failedSignInIsAudited() {
    String stranger = "it-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> answer =
        new WebClient(base).get("api/anything", "Authorization", WebClient.basic(stranger, "x"));
    assertEquals(401, answer.statusCode());

    List<AuditEvent> failures =
        em
            .createNamedQuery(AuditEvent.FIND_BY_ACTION, AuditEvent.class)
            .setParameter("action", "LOGIN_FAILED")
            .getResultList()
            .stream()
            .filter(e -> e.getActor().equals(stranger))
            .toList();
    assertEquals(1, failures.size(), "LOGIN_FAILED rows for " + stranger);
    assertEquals("unknown username", failures.get(0).getDetail());
  }

  private static void assertChallenged(HttpResponse<String> answer) {
    assertEquals(401, answer.statusCode(), answer.body());
    String challenge = answer.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.startsWith("Basic "), challenge);
    JsonObject body = WebClient.json(answer);
    assertFalse(body.getString("error").isBlank(), body.toString());
  }
}
