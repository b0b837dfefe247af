package org.sendcpd.calendar.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.sendcpd.calendar.control.CalendarFeeds;

/**
 * The iCalendar feeds calendar apps subscribe to. The address is public (web.xml lets it through
 * unauthenticated): the secret token is the key, and an unknown or revoked one answers 404.
 */
@Path("calendar")
@RequestScoped
public class CalendarResource {

  static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

  @Inject CalendarFeeds feeds;

  @GET
  @Path("{token}.ics")
  @Operation(
      operationId = "getCalendarFeed",
      summary = "A person's bookings or a school's training calendar (RFC 5545)")
  @SecurityRequirementsSet
  @APIResponse(
      responseCode = "200",
      description = "The feed (RFC 5545)",
      content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "404",
      description = "No feed has this token (never made, or revoked)")
  public Response feed(@PathParam("token") String token, @Context UriInfo uri) {
    // The application's address, for links back from the events (the API lives under api/).
    URI site = uri.getBaseUri().resolve("..");
    String text = feeds.text(token, site).orElseThrow(NotFoundException::new);
    return Response.ok(text, TEXT_CALENDAR).build();
  }
}
