package org.sendcpd.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser stand-in for black-box tests: keeps cookies, never follows redirects (tests look at
 * them), resolves paths against the deployment's base URL and reads Faces forms and JSON bodies.
 */
public final class WebClient {

  public static final String VIEW_STATE = "jakarta.faces.ViewState";
  // With primefaces.CSP on, PrimeFaces checks this request parameter on every postback.
  static final String CSP_NONCE = "primefaces.nonce";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private String forwardedFor;

  public WebClient(URL base) {
    try {
      this.base = base.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();
  }

  /**
   * Sends every later request as if from this client address, through a proxy the test server
   * trusts ({@code cpd.trusted-proxies} in arquillian.xml), so throttling tests count against an
   * address of their own rather than the one every test shares.
   */
  public WebClient from(String address) {
    this.forwardedFor = address;
    return this;
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return request;
  }

  /** A path relative to the deployment, without a leading slash: {@code health/ready}. */
  public URI uri(String path) {
    return base.resolve(path);
  }

  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = builder(path).timeout(TIMEOUT).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** Sends a body of the given type with any method: JSON or CSV to the API. */
  public HttpResponse<String> send(
      String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        builder(path)
            .timeout(TIMEOUT)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** Sends raw bytes, for uploads that are not text. */
  public HttpResponse<String> send(
      String method, String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder request =
        builder(path)
            .timeout(TIMEOUT)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** Posts a form as a browser does, fields in the order given. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        builder(path)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * Submits a Faces form of a page as the browser would with PrimeFaces' script: the form's own
   * marker field, the inputs, the button pressed, the view state and the page's CSP nonce.
   */
  public HttpResponse<String> submit(
      String path, String page, String formId, String button, Map<String, String> inputs) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    inputs.forEach((name, value) -> form.put(formId + ":" + name, value));
    form.put(formId + ":" + button, "");
    form.put(VIEW_STATE, hiddenField(page, VIEW_STATE));
    form.put(CSP_NONCE, cspNonce(page));
    return post(path, form);
  }

  /** Signs in through the login page; answers the response to the form post. */
  public HttpResponse<String> signIn(String username, String password) {
    HttpResponse<String> page = get("login.xhtml");
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("username", username);
    inputs.put("password", password);
    return submit("login.xhtml", page.body(), "login", "signIn", inputs);
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().get(base).stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** The raw Set-Cookie header for a cookie, with its attributes (HttpCookie drops SameSite). */
  public static Optional<String> setCookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(h -> h.startsWith(name + "="))
        .findFirst();
  }

  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** The value of a hidden input, as Faces renders it: name before value. */
  public static String hiddenField(String html, String name) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    if (!m.find()) {
      throw new AssertionError("no hidden field " + name + " in the page");
    }
    return m.group(1);
  }

  /** The nonce PrimeFaces put on the page's scripts. */
  public static String cspNonce(String html) {
    Matcher m = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSP nonce in the page");
    }
    return m.group(1);
  }

  /**
   * Sends once, or again when the connection was refused: then the server never saw the request,
   * and a loaded CI machine has been seen refusing one just after the deployment came up.
   */
  private HttpResponse<String> send(HttpRequest request) {
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException refused) {
          if (attempt == 3) {
            throw refused;
          }
          Thread.sleep(1000L * attempt);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
