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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SENCO's screens as a browser fetches them: sign in on the form (which lands on the
 * dashboard), then the training-gap matrix and capacity, each a first time in the session and once
 * more. Page times are server time plus transfer of the HTML, not the browser's drawing.
 */
final class ScreenFigures {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final String[] PAGES = {
    "/gaps/dashboard.xhtml", "/gaps/training-gaps.xhtml", "/gaps/capacity.xhtml"
  };

  private ScreenFigures() {}

  /**
   * Signs in as the account on a school nobody asked about yet (its first analysis is in the
   * sign-in's figure), then times the pages.
   */
  static void measure(int port, String username, Results results) throws Exception {
    String base = "http://localhost:" + port;
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String login = get(http, base + "/login.xhtml").body();
    Matcher state = VIEW_STATE.matcher(login);
    if (!state.find()) {
      throw new IllegalStateException("the sign-in page has no view state");
    }
    String form =
        "login=login&login%3Ausername="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&login%3Apassword="
            + URLEncoder.encode(Model.PASSWORD, StandardCharsets.UTF_8)
            + "&login%3AsignIn=&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    HttpResponse<String> landed =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double signIn = (System.nanoTime() - t0) / 1e6;
    results.add(
        "screens: sign-in form, post and redirect",
        String.format(Locale.ROOT, "%.0f ms, %,d bytes", signIn, landed.body().length()),
        "< 1 s");
    for (String page : PAGES) {
      boolean dashboard = page.equals(PAGES[0]);
      for (String ask :
          new String[] {
            dashboard ? "first ask of the school and date, its analysis included" : "first",
            "repeat"
          }) {
        long start = System.nanoTime();
        HttpResponse<String> answer = get(http, base + page);
        double millis = (System.nanoTime() - start) / 1e6;
        if (answer.statusCode() != 200) {
          throw new IllegalStateException(page + " answered " + answer.statusCode());
        }
        results.add(
            "screens: " + page + " (" + ask + ")",
            String.format(Locale.ROOT, "%.0f ms, %,d bytes", millis, answer.body().length()),
            "< 1 s");
      }
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
