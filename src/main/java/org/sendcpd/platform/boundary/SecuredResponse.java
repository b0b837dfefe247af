package org.sendcpd.platform.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Optional;
import org.sendcpd.platform.control.SecurityHeaders;

/**
 * A response that always carries the security headers: they are set before anything is written, set
 * again after a reset (an error answer starts afresh), and PrimeFaces' own Content-Security-Policy,
 * which names only scripts, becomes the whole policy with its nonce. Cookies are marked Secure when
 * the server is reached over HTTPS.
 */
final class SecuredResponse extends HttpServletResponseWrapper {

  private final String path;
  private final boolean https;

  SecuredResponse(HttpServletResponse response, String path, boolean https) {
    super(response);
    this.path = path;
    this.https = https;
  }

  void applyHeaders() {
    HttpServletResponse response = (HttpServletResponse) getResponse();
    response.setHeader(SecurityHeaders.CSP, SecurityHeaders.policy(Optional.empty()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!SecurityHeaders.cacheable(path)) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (https) {
      response.setHeader("Strict-Transport-Security", SecurityHeaders.hsts());
    }
  }

  @Override
  public void setHeader(String name, String value) {
    super.setHeader(name, secured(name, value));
  }

  @Override
  public void addHeader(String name, String value) {
    if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
      super.setHeader(name, secured(name, value)); // one policy, never two to intersect
    } else {
      super.addHeader(name, value);
    }
  }

  @Override
  public void addCookie(Cookie cookie) {
    if (https) {
      cookie.setSecure(true);
    }
    super.addCookie(cookie);
  }

  @Override
  public void reset() {
    super.reset();
    applyHeaders();
  }

  private String secured(String name, String value) {
    if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
      return SecurityHeaders.policy(SecurityHeaders.nonceOf(value));
    }
    if ("Cache-Control".equalsIgnoreCase(name)
        && !SecurityHeaders.cacheable(path)
        && !value.contains("no-store")) {
      return "no-store"; // a personal answer is never kept, whatever a resource asks
    }
    return value;
  }
}
