package org.sendcpd.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;

/**
 * Reads a paged list of the API (page from 0, X-Total-Count) whole, for tests that assert on every
 * item: the pages are asked one after the other until the total is reached.
 */
public final class Pages {

  private Pages() {}

  /** Every item of the list at the path, asked with the given headers, page by page. */
  public static JsonArray all(WebClient web, String path, int size, String... headers) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    String separator = path.contains("?") ? "&" : "?";
    long total = -1;
    for (int page = 0; total < 0 || (long) page * size < total; page++) {
      HttpResponse<String> answer =
          web.get(path + separator + "page=" + page + "&size=" + size, headers);
      if (answer.statusCode() != 200) {
        throw new AssertionError(path + " page " + page + " answered " + answer.statusCode());
      }
      total = total(answer);
      array(answer.body()).forEach(all::add);
    }
    return all.build();
  }

  public static JsonArray all(WebClient web, String path, String... headers) {
    return all(web, path, 100, headers);
  }

  /** The X-Total-Count header of a paged answer. */
  public static long total(HttpResponse<?> answer) {
    return Long.parseLong(
        answer
            .headers()
            .firstValue("X-Total-Count")
            .orElseThrow(() -> new AssertionError("no X-Total-Count")));
  }

  public static JsonArray array(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }
}
