package org.sendcpd.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the security headers of {@link org.sendcpd.platform.control.SecurityHeaders} on every
 * answer: pages, API answers, files and error pages alike. Declared first in web.xml, for requests,
 * forwards and error pages, so no other filter or servlet answers without them; the response it
 * hands on keeps them through a reset and widens PrimeFaces' script-only policy to the whole one.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "cpd.https", defaultValue = "false")
  boolean https;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    SecuredResponse secured = new SecuredResponse(response, path, https);
    secured.applyHeaders();
    chain.doFilter(request, secured);
  }
}
