package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.SingleSignOnProvider;
import org.sendcpd.organisation.control.SingleSignOnProviders;
import org.sendcpd.organisation.control.SingleSignOnRequirement;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.platform.control.InvalidInputException;

/** How a school's people sign in: whether only single sign-on is allowed (administrators). */
@Path("schools/{id}/sign-in")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolSignInResource {

  /** A school's sign-in rule, and the providers this installation offers. */
  public record SchoolSignInJson(
      long schoolId, String school, boolean ssoRequired, List<String> providers) {}

  /** The change an administrator sends. */
  public record SchoolSignInChange(Boolean ssoRequired) {}

  @Inject SingleSignOnRequirement requirement;
  @Inject SingleSignOnProviders providers;
  @Inject CurrentUser caller;
  @Inject AccessControl access;

  @GET
  @Operation(summary = "Whether the school's people must sign in with Microsoft or Google")
  @APIResponse(responseCode = "200", description = "The school's sign-in rule")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such school")
  public SchoolSignInJson read(@PathParam("id") long id) {
    requireAdmin(id);
    return requirement.schools().stream()
        .filter(s -> s.getId() == id)
        .findFirst()
        .map(this::json)
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("There is no school " + id));
  }

  @PUT
  @Operation(
      summary =
          "Require single sign-on for the school's people, or allow passwords again: with it, their"
              + " password sign-ins (page and API) are refused, an administrator's never")
  @APIResponse(responseCode = "200", description = "The school's sign-in rule as saved")
  @APIResponse(responseCode = "400", description = "ssoRequired missing")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such school")
  @APIResponse(
      responseCode = "409",
      description = "No single sign-on provider is set up, so it cannot be required")
  public SchoolSignInJson change(@PathParam("id") long id, SchoolSignInChange change) {
    requireAdmin(id);
    if (change == null || change.ssoRequired() == null) {
      throw new InvalidInputException("ssoRequired: send true or false");
    }
    return json(requirement.set(id, change.ssoRequired(), caller.username()));
  }

  private SchoolSignInJson json(School school) {
    return new SchoolSignInJson(
        school.getId(),
        school.getName(),
        school.isSsoRequired(),
        providers.configured().stream().map(SingleSignOnProvider::label).toList());
  }

  private void requireAdmin(long id) {
    if (!caller.has(SecurityRole.ADMIN)) {
      throw access.deny("School", id, "only administrators set how a school signs in");
    }
  }
}
