package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.training.control.TrustCatalogue;
import org.sendcpd.training.control.TrustOffer;
import org.sendcpd.training.control.TrustSessionDraft;
import org.sendcpd.training.entity.TrainingSession;

@Path("trust-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrustSessionsResource {

  @Inject TrustCatalogue catalogue;

  @GET
  @Operation(
      summary =
          "Upcoming sessions of the trust's courses open to every school, with the places left"
              + " and, for the caller's school, the places it holds; book on them with POST"
              + " /api/sessions/{id}/bookings as on any session")
  @APIResponse(responseCode = "200", description = "soonest first")
  @APIResponse(responseCode = "403", description = "an account of no school and no trust role")
  public List<TrustOffer> list() {
    return catalogue.upcoming();
  }

  @POST
  @Operation(
      summary =
          "A trust lead opens a session of a trust course (one without a school) to every school,"
              + " held at hostSchoolId; placesPerSchool, when given, is the most places one"
              + " school may hold")
  @APIResponse(responseCode = "201", description = "the session, open to every school")
  @APIResponse(
      responseCode = "400",
      description =
          "not a trust course, an unknown school, times missing or impossible, capacity or"
              + " placesPerSchool out of range")
  @APIResponse(responseCode = "403", description = "not a trust lead")
  public Response open(TrustSessionDraft draft, @Context UriInfo uri) {
    TrainingSession session = catalogue.open(draft);
    TrustOffer made =
        catalogue.upcoming().stream()
            .filter(o -> o.sessionId() == session.getId())
            .findFirst()
            .orElseThrow();
    return Response.created(uri.getBaseUriBuilder().path("sessions/" + session.getId()).build())
        .entity(made)
        .build();
  }
}
