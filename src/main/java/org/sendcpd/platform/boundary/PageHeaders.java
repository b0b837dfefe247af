package org.sendcpd.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageLinks;
import org.sendcpd.platform.control.PageRequest;

/**
 * Writes a {@link Page} a resource answers as its items alone, with the whole list's size in
 * X-Total-Count and links to the first, previous, next and last pages (RFC 8288), so every large
 * list pages the same way and no resource builds the headers itself ({@link EncodedAnswer} sends
 * the same headers with a page it keeps encoded).
 */
@Provider
public class PageHeaders implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof Page<?> page) {
      response.setEntity(
          new GenericEntity<List<?>>(page.items(), List.class),
          response.getEntityAnnotations(),
          response.getMediaType());
      headers(request, response, page.total(), page.request());
    }
  }

  private static void headers(
      ContainerRequestContext request,
      ContainerResponseContext response,
      long total,
      PageRequest at) {
    response.getHeaders().putSingle(Page.TOTAL_HEADER, Long.toString(total));
    response
        .getHeaders()
        .putSingle(
            "Link", String.join(", ", links(request.getUriInfo().getRequestUri(), total, at)));
  }

  static List<String> links(URI request, Page<?> page) {
    return links(request, page.total(), page.request());
  }

  static List<String> links(URI request, long total, PageRequest at) {
    return PageLinks.of(request, total, at);
  }
}
