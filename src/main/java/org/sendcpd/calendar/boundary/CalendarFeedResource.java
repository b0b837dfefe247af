package org.sendcpd.calendar.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.calendar.control.CalendarFeeds;
import org.sendcpd.calendar.entity.CalendarFeed;

/** The caller's own feed address: read it, make a new one (revoking the old), or revoke it. */
@Path("me/calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

  /** A feed's secret address and when it was made. */
  public record FeedJson(String url, Instant createdAt) {

    static FeedJson of(CalendarFeed feed, UriInfo uri) {
      return new FeedJson(CalendarFeeds.url(uri.getBaseUri(), feed), feed.getCreatedAt());
    }
  }

  @Inject CalendarFeeds feeds;

  @GET
  @Operation(
      operationId = "readMyCalendarFeed",
      summary = "The caller's feed address; 404 when they have none")
  @APIResponse(
      responseCode = "200",
      description = "The caller's feed address",
      content = @Content(schema = @Schema(implementation = FeedJson.class)))
  @APIResponse(responseCode = "404", description = "The caller has no feed address")
  public FeedJson read(@Context UriInfo uri) {
    return feeds.mine().map(f -> FeedJson.of(f, uri)).orElseThrow(NotFoundException::new);
  }

  @POST
  @Operation(
      operationId = "createMyCalendarFeed",
      summary = "A new secret feed address for the caller; the previous one stops working")
  @APIResponse(
      responseCode = "201",
      description = "The new feed address; Location names it",
      content = @Content(schema = @Schema(implementation = FeedJson.class)))
  public Response create(@Context UriInfo uri) {
    FeedJson json = FeedJson.of(feeds.createMine(), uri);
    return Response.status(Response.Status.CREATED).entity(json).build();
  }

  @DELETE
  @Operation(
      operationId = "revokeMyCalendarFeed",
      summary = "Revoke the caller's feed address: it answers 404 from now on")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke() {
    feeds.revokeMine();
    return Response.noContent().build();
  }
}
