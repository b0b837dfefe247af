package org.sendcpd.organisation.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sendcpd.organisation.control.SingleSignOnProvider;
import org.sendcpd.organisation.control.SingleSignOnProviders;

/**
 * The addresses of single sign-on: {@code /sso/start/microsoft} (or {@code google}), where a "Sign
 * in with" button leads, and {@code /sso/callback}, where the provider sends the person back. The
 * authentication mechanism has already dealt with the callback by the time it reaches here: a
 * signed-in person goes to the same start page as after the sign-in form, anyone else to the page
 * that says why not.
 */
@WebServlet(urlPatterns = {"/sso/start/*", OpenIdCallback.CALLBACK})
public class SingleSignOnServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SingleSignOnProviders providers;
  @Inject transient OpenIdCallback callback;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (OpenIdCallback.CALLBACK.equals(request.getServletPath())) {
      response.sendRedirect(
          request.getContextPath()
              + (request.getUserPrincipal() != null ? "/" : OpenIdCallback.REFUSED_PAGE));
      return;
    }
    String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    SingleSignOnProvider provider = providers.find(id).orElse(null);
    if (provider == null) {
      response.sendError(
          HttpServletResponse.SC_NOT_FOUND, "No single sign-on named " + id + " is set up here");
      return;
    }
    response.sendRedirect(callback.start(request, provider));
  }
}
