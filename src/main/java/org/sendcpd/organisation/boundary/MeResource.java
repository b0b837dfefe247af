package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.OwnAccount;
import org.sendcpd.organisation.control.PersonalDataExport;
import org.sendcpd.organisation.control.PersonalLinks;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.platform.control.InvalidInputException;

/** The signed-in person, so a script knows who it acts as. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /**
   * The caller; calendarUrl is their iCalendar feed once they have one; mustChangePassword when an
   * administrator asked for a new password before anything else.
   */
  public record MeJson(
      Long staffId,
      String username,
      List<SecurityRole> roles,
      Long schoolId,
      String calendarUrl,
      boolean mustChangePassword) {}

  /** A change of one's own password: the current one is asked again. */
  public record PasswordChange(String currentPassword, String newPassword) {}

  @Inject CurrentUser caller;
  @Inject Event<PersonalLinks> linkKeepers;
  @Inject OwnAccount own;
  @Inject ClientAddress addresses;
  @Inject PersonalDataExport export;

  @GET
  @Operation(
      operationId = "getMe",
      summary = "Who the caller is: staff id, username, roles, school")
  public MeJson me(@Context UriInfo uri) {
    List<SecurityRole> roles = Arrays.stream(SecurityRole.values()).filter(caller::has).toList();
    PersonalLinks links = new PersonalLinks(uri.getBaseUri());
    linkKeepers.fire(links);
    return new MeJson(
        caller.staffId().orElse(null),
        caller.username(),
        roles,
        caller.schoolId().orElse(null),
        links.get(PersonalLinks.CALENDAR).orElse(null),
        caller.mustChangePassword());
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change your own password: currentPassword and newPassword (at least 12 characters, not a"
              + " common one, not containing your username); every other sign-in of yours ends")
  @APIResponse(
      responseCode = "204",
      description = "Changed; other sessions of the account are signed out")
  public Response changePassword(PasswordChange change, @Context HttpServletRequest request) {
    if (change == null) {
      throw new InvalidInputException("Send currentPassword and newPassword as JSON");
    }
    own.changePassword(
        caller.username(), change.currentPassword(), change.newPassword(), addresses.of(request));
    return Response.noContent().build();
  }

  @POST
  @Path("sign-out-everywhere")
  @Operation(
      operationId = "signOutMeEverywhere",
      summary = "End every session and API sign-in of your account, this one included")
  @APIResponse(responseCode = "204", description = "Every session of the caller is signed out")
  public Response signOutEverywhere() {
    own.signOutEverywhere(caller.username());
    return Response.noContent().build();
  }

  @GET
  @Path("export")
  @Produces("application/zip")
  @Operation(
      summary =
          "Download my data: a zip of my-data.json (staff record, account, CPD records, bookings,"
              + " appraisals, notifications) and the certificate files")
  @APIResponse(
      responseCode = "200",
      description = "A ZIP of everything held about the caller",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response exportMyData() {
    StreamingOutput zip = export::writeFor;
    return Response.ok(zip, "application/zip")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + export.fileName(LocalDate.now()) + "\"")
        .build();
  }
}
