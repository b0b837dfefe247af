package org.sendcpd.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signing in on the form as a browser does, in a session of its own: the sign-in page, then the
 * form posted and its redirects followed as GETs to the dashboard. The redirects are followed here:
 * Java's client repeats a POST after a 302, which the server refuses (411).
 */
final class FormSignIn {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private FormSignIn() {}

  private static final int MOST_REDIRECTS = 5;

  /** A browser with its own cookies (a new session). */
  static HttpClient newBrowser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Fetches the sign-in page (it opens the session) and answers the form to post. */
  static String form(HttpClient browser, String base, String username)
      throws IOException, InterruptedException {
    String login = get(browser, base + "/login.xhtml").body();
    Matcher state = VIEW_STATE.matcher(login);
    if (!state.find()) {
      throw new IllegalStateException("the sign-in page has no view state");
    }
    return "login=login&login%3Ausername="
        + URLEncoder.encode(username, StandardCharsets.UTF_8)
        + "&login%3Apassword="
        + URLEncoder.encode(Model.PASSWORD, StandardCharsets.UTF_8)
        + "&login%3AsignIn=&jakarta.faces.ViewState="
        + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
  }

  /**
   * Posts the form; the answer is the page the redirect lands on (the dashboard when signed in).
   */
  static HttpResponse<String> post(HttpClient browser, String base, String form)
      throws IOException, InterruptedException {
    return followed(
        browser,
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  /** A page, its redirects followed. */
  static HttpResponse<String> get(HttpClient browser, String url)
      throws IOException, InterruptedException {
    return followed(browser, once(browser, URI.create(url)));
  }

  private static HttpResponse<String> followed(HttpClient browser, HttpResponse<String> answer)
      throws IOException, InterruptedException {
    for (int i = 0; i < MOST_REDIRECTS && answer.statusCode() / 100 == 3; i++) {
      String location =
          answer
              .headers()
              .firstValue("Location")
              .orElseThrow(() -> new IllegalStateException("a redirect without a Location"));
      answer = once(browser, answer.uri().resolve(location));
    }
    return answer;
  }

  private static HttpResponse<String> once(HttpClient browser, URI uri)
      throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
