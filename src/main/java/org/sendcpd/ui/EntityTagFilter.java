package org.sendcpd.ui;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Writes the ETag a resource answered with {@link EntityTags}, on successful answers only. */
@Provider
public class EntityTagFilter implements ContainerResponseFilter {

  @Inject EntityTags tags;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    EntityTag tag = tags.answered();
    if (tag != null
        && response.getStatus() / 100 == 2
        && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
      response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    }
  }
}
