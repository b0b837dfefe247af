package org.sendcpd.outreach.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.outreach.control.Acceptance;
import org.sendcpd.outreach.control.RequestDraft;
import org.sendcpd.outreach.control.SupportRequests;
import org.sendcpd.outreach.entity.SupportRequest;
import org.sendcpd.platform.control.InvalidInputException;

@Path("support-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportRequestsResource {

  @Inject SupportRequests requests;

  @GET
  @Operation(
      summary =
          "Requests for support the caller deals with: those their school made or received (a"
              + " SENCO or head), those addressed to them; all of them for trust leads")
  @APIResponse(responseCode = "200", description = "newest first")
  public List<SupportRequestJson> list() {
    return requests.visible().stream().map(this::json).toList();
  }

  @POST
  @Operation(
      summary =
          "A SENCO or head asks a colleague of another school, who offered outreach and holds the"
              + " competence at the level, for support on one of one to five preferred dates"
              + " within the coming year; the colleague and their head are notified")
  @APIResponse(responseCode = "201", description = "the request, waiting for an answer")
  @APIResponse(
      responseCode = "400",
      description =
          "a field missing or of the wrong type, an unknown competence, a level off its ladder,"
              + " a colleague not available or not holding it, dates in the past or too far")
  @APIResponse(responseCode = "403", description = "not a school's SENCO or head")
  public Response create(RequestDraft draft, @Context UriInfo uri) {
    if (draft == null) {
      throw new InvalidInputException(
          "Send the request", List.of(Map.of("field", "toStaffId", "message", "give it")));
    }
    SupportRequest made = requests.create(draft);
    return Response.created(uri.getAbsolutePathBuilder().path("" + made.getId()).build())
        .entity(json(made))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One request the caller deals with")
  @APIResponse(responseCode = "200", description = "the request")
  @APIResponse(responseCode = "400", description = "no such request of the caller's")
  public SupportRequestJson one(@PathParam("id") long id) {
    return json(requests.find(id));
  }

  @POST
  @Path("{id}/accept")
  @Operation(
      summary =
          "The holder's head accepts (or the holder, with headAgreed: true): a school-to-school"
              + " session from startsAt to endsAt (the same day, within the coming year) at"
              + " place, with capacity places (default 10), is planned on the asking school's"
              + " calendar with the holder as facilitator")
  @APIResponse(responseCode = "200", description = "the request, accepted, with its sessionId")
  @APIResponse(responseCode = "400", description = "times missing, impossible or in the past")
  @APIResponse(responseCode = "403", description = "not the holder's head nor the holder")
  @APIResponse(responseCode = "409", description = "already accepted or declined")
  public SupportRequestJson accept(@PathParam("id") long id, Acceptance acceptance) {
    return json(requests.accept(id, acceptance));
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "The holder's head (or the holder) declines, saying why")
  @APIResponse(responseCode = "200", description = "the request, declined with the reason")
  @APIResponse(responseCode = "400", description = "no reason, or one over 1000 characters")
  @APIResponse(responseCode = "403", description = "not the holder's head nor the holder")
  @APIResponse(responseCode = "409", description = "already accepted or declined")
  public SupportRequestJson decline(@PathParam("id") long id, DeclineJson decline) {
    return json(requests.decline(id, decline == null ? null : decline.reason()));
  }

  private SupportRequestJson json(SupportRequest request) {
    return SupportRequestJson.of(request, requests.mayDecide(request));
  }
}
