package org.sendcpd.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The application's API on loopback, signed in with HTTP Basic as one of the generated accounts.
 */
final class Api {

  /**
   * One answer: status, size of the body (counted, not kept: a whole school's answer may be tens of
   * megabytes), the time from request to last byte, and the headers.
   */
  record Answer(int status, long bytes, double millis, HttpHeaders headers) {

    String header(String name) {
      return headers.firstValue(name).orElse("");
    }
  }

  private final HttpClient http;
  private final String base;

  Api(int port) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.base = "http://localhost:" + port;
  }

  Answer get(String path, String username) throws IOException, InterruptedException {
    return send(signedIn(path, username).GET().build());
  }

  /** A POST without a body, keeping the answer's text (a small JSON). */
  String post(String path, String username) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            signedIn(path, username).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response.body();
  }

  /** A POST of a JSON body; the answer's status and time (its body counted, not kept). */
  Answer postJson(String path, String username, String json)
      throws IOException, InterruptedException {
    return send(
        signedIn(path, username)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpRequest.Builder signedIn(String path, String username) {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + Model.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + basic)
        .timeout(Duration.ofMinutes(30));
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    long bytes;
    try (InputStream body = response.body()) {
      bytes = body.transferTo(OutputStream.nullOutputStream());
    }
    double millis = (System.nanoTime() - t0) / 1e6;
    return new Answer(response.statusCode(), bytes, millis, response.headers());
  }
}
