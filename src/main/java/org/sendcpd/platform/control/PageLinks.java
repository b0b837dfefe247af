package org.sendcpd.platform.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The links to a list's first, previous, next and last pages (RFC 8288) from the address asked, its
 * other parameters kept as they came.
 */
public final class PageLinks {

  private PageLinks() {}

  public static List<String> of(URI request, long total, PageRequest at) {
    int last = at.lastPage(total);
    String base = withoutPaging(request);
    List<String> links = new ArrayList<>();
    links.add(link(base, 0, at.size(), "first"));
    if (at.page() > 0) {
      links.add(link(base, Math.min(at.page() - 1, last), at.size(), "prev"));
    }
    if (at.page() < last) {
      links.add(link(base, at.page() + 1, at.size(), "next"));
    }
    links.add(link(base, last, at.size(), "last"));
    return links;
  }

  /** The request's address without its page and size, its other parameters as they came. */
  static String withoutPaging(URI request) {
    String uri = request.toString();
    int question = uri.indexOf('?');
    if (question < 0) {
      return uri + "?";
    }
    String kept =
        Arrays.stream(uri.substring(question + 1).split("&"))
            .filter(p -> !p.isEmpty() && !p.startsWith("page=") && !p.startsWith("size="))
            .filter(p -> !p.equals("page") && !p.equals("size"))
            .map(p -> p + "&")
            .collect(Collectors.joining());
    return uri.substring(0, question + 1) + kept;
  }

  private static String link(String base, int page, int size, String rel) {
    return "<" + base + "page=" + page + "&size=" + size + ">; rel=\"" + rel + "\"";
  }
}
