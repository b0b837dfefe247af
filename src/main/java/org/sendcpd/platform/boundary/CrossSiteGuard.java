package org.sendcpd.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.platform.control.CrossSiteRule;

/**
 * Applies {@link CrossSiteRule} to every API call before it reaches a resource. Our own origin is
 * the address the request was sent to; behind a proxy that ends TLS ({@code cpd.https=true}) its
 * scheme is https, and the proxy must pass the Host header on.
 */
@Provider
@PreMatching
public class CrossSiteGuard implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "cpd.https", defaultValue = "false")
  boolean https;

  @Override
  public void filter(ContainerRequestContext request) {
    UriInfo uri = request.getUriInfo();
    String scheme = https ? "https" : uri.getBaseUri().getScheme();
    CrossSiteRule.check(
            request.getMethod(),
            request.getHeaderString(HttpHeaders.CONTENT_TYPE),
            request.getHeaderString("Origin"),
            scheme,
            uri.getBaseUri().getRawAuthority())
        .ifPresent(
            refusal ->
                request.abortWith(
                    ErrorMappers.json(refusal.status(), ErrorResponse.of(refusal.reason()))));
  }
}
