package org.sendcpd.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageRequest;

/**
 * Writes a {@link Page} a resource answers as its items alone, with the whole list's size in
 * X-Total-Count and links to the first, previous, next and last pages (RFC 8288), so every large
 * list pages the same way and no resource builds the headers itself.
 */
@Provider
public class PageHeaders implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof Page<?> page)) {
      return;
    }
    response.setEntity(
        new GenericEntity<List<?>>(page.items(), List.class),
        response.getEntityAnnotations(),
        response.getMediaType());
    response.getHeaders().putSingle(Page.TOTAL_HEADER, Long.toString(page.total()));
    response
        .getHeaders()
        .putSingle(
            "Link", String.join(", ", links(request.getUriInfo().getRequestUriBuilder(), page)));
  }

  static List<String> links(UriBuilder uri, Page<?> page) {
    PageRequest at = page.request();
    int last = at.lastPage(page.total());
    List<String> links = new ArrayList<>();
    links.add(link(uri, 0, at.size(), "first"));
    if (at.page() > 0) {
      links.add(link(uri, Math.min(at.page() - 1, last), at.size(), "prev"));
    }
    if (at.page() < last) {
      links.add(link(uri, at.page() + 1, at.size(), "next"));
    }
    links.add(link(uri, last, at.size(), "last"));
    return links;
  }

  private static String link(UriBuilder uri, int page, int size, String rel) {
    // page and size always last, in that order, whatever order the request gave them in
    URI target =
        uri.clone()
            .replaceQueryParam("page")
            .replaceQueryParam("size")
            .queryParam("page", page)
            .queryParam("size", size)
            .build();
    return "<" + target + ">; rel=\"" + rel + "\"";
  }
}
