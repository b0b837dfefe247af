package org.sendcpd.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * The SENCO's screens as a browser fetches them: sign in on the form (which lands on the
 * dashboard), then the training-gap matrix and capacity, each a first time in the session and once
 * more. Page times are server time plus transfer of the HTML, not the browser's drawing.
 */
final class ScreenFigures {

  private static final String[] PAGES = {
    "/gaps/dashboard.xhtml", "/gaps/training-gaps.xhtml", "/gaps/capacity.xhtml"
  };

  private ScreenFigures() {}

  /**
   * Signs in as the account on a school nobody asked about yet (its first analysis, for today, is
   * in the sign-in's figure: the sign-in lands on the dashboard), then times the pages.
   */
  static void measure(int port, String username, Results results) throws Exception {
    String base = "http://localhost:" + port;
    HttpClient http = FormSignIn.newBrowser();
    String form = FormSignIn.form(http, base, username);
    long t0 = System.nanoTime();
    HttpResponse<String> landed = FormSignIn.post(http, base, form);
    double signIn = (System.nanoTime() - t0) / 1e6;
    results.add(
        "screens: sign-in form, post and redirect",
        String.format(Locale.ROOT, "%.0f ms, %,d bytes", signIn, landed.body().length()),
        "< 1 s");
    for (String page : PAGES) {
      boolean dashboard = page.equals(PAGES[0]);
      for (String ask :
          new String[] {dashboard ? "again after the sign-in landed on it" : "first", "repeat"}) {
        long start = System.nanoTime();
        HttpResponse<String> answer = FormSignIn.get(http, base + page);
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
}
