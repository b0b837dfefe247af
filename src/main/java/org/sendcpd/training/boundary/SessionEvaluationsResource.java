package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.EvaluationSummary;
import org.sendcpd.training.control.SessionEvaluations;

/** Attendees' ratings of a session: given once each, read only as averages. */
@Path("sessions/{id: \\d+}/evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionEvaluationsResource {

  @Inject SessionEvaluations evaluations;

  @GET
  @Operation(
      summary =
          "Averages of a session's ratings for the school's SENCO or head: answers, usefulness,"
              + " confidenceBefore, confidenceAfter (null below 5 answers) and comments without"
              + " names (none below 5 answers)")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = EvaluationSummary.class)))
  @APIResponse(responseCode = "403", description = "not the school's SENCO or head")
  @APIResponse(responseCode = "404", description = "no such session")
  public EvaluationSummary read(@PathParam("id") long id) {
    return evaluations.ofSession(id);
  }

  @POST
  @Operation(summary = "Rate a session one attended, once")
  @APIResponse(responseCode = "201", description = "saved; the answer says only that")
  @APIResponse(responseCode = "400", description = "a rating out of range, named")
  @APIResponse(
      responseCode = "403",
      description = "the register does not mark the caller attending")
  @APIResponse(responseCode = "404", description = "no such session")
  @APIResponse(responseCode = "409", description = "the caller rated this session already")
  public Response evaluate(@PathParam("id") long id, EvaluationJson json) {
    if (json == null) {
      throw new InvalidInputException("Send the evaluation as JSON");
    }
    evaluations.evaluate(
        id, json.usefulness(), json.confidenceBefore(), json.confidenceAfter(), json.comment());
    return Response.status(201).entity(Map.of("sessionId", id, "evaluated", true)).build();
  }
}
