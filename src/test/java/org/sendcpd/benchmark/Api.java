package org.sendcpd.benchmark;

import java.io.FilterInputStream;
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
import java.util.zip.GZIPInputStream;

/**
 * The application's API on loopback, signed in with HTTP Basic as one of the generated accounts.
 */
final class Api {

  /**
   * One answer: status, size of the body as read (counted, not kept: a whole school's answer may be
   * tens of megabytes) and as sent (gzipped when the server compressed it), the time from request
   * to the last byte decoded, and the headers.
   */
  record Answer(int status, long bytes, long sentBytes, double millis, HttpHeaders headers) {

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
    HttpResponse<InputStream> response =
        http.send(
            signedIn(path, username).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = decoded(response, response.body())) {
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }
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
    // As a browser or an integration would: the client decodes what it asked compressed.
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + basic)
        .header("Accept-Encoding", "gzip")
        .timeout(Duration.ofMinutes(30));
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    long bytes;
    long sent;
    try (CountingInputStream wire = new CountingInputStream(response.body());
        InputStream body = decoded(response, wire)) {
      bytes = body.transferTo(OutputStream.nullOutputStream());
      sent = wire.count();
    }
    double millis = (System.nanoTime() - t0) / 1e6;
    return new Answer(response.statusCode(), bytes, sent, millis, response.headers());
  }

  /** The body as sent, unzipped when the server gzipped it. */
  private static InputStream decoded(HttpResponse<?> response, InputStream body)
      throws IOException {
    boolean gzipped =
        response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
    return gzipped ? new GZIPInputStream(body) : body;
  }

  /** Counts the bytes that came over the wire. */
  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
