package org.sendcpd.organisation.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.sendcpd.organisation.control.CurrentUser;

/**
 * The API side of a forced password change: an account an administrator marked may ask who it is
 * and change its password, and nothing else (403) until it has. The screens do the same by sending
 * every page to the change-password page (PathRoutingAuthenticationMechanism).
 */
@Provider
public class PasswordChangeDue implements ContainerRequestFilter {

  @Inject CurrentUser caller;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
    if (path.equals("me") || path.startsWith("me/password") || !caller.isSignedIn()) {
      return;
    }
    if (caller.mustChangePassword()) {
      request.abortWith(
          Response.status(Response.Status.FORBIDDEN)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(
                  Json.createObjectBuilder()
                      .add(
                          "error",
                          "Your administrator asks you to choose a new password first:"
                              + " PUT /api/me/password with currentPassword and newPassword")
                      .add("details", Json.createArrayBuilder())
                      .build())
              .build());
    }
  }
}
