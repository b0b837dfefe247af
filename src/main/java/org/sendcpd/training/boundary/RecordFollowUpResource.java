package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.FollowUpItem;
import org.sendcpd.training.control.FollowUps;
import org.sendcpd.training.entity.FollowUp;

/** The follow-up of one CPD record: what the person will change, and later whether they did. */
@Path("cpd-records/{id: \\d+}/follow-up")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecordFollowUpResource {

  @Inject FollowUps followUps;

  @GET
  @Operation(summary = "The record's follow-up: the intended change, when it falls due, the answer")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = FollowUpItem.class)))
  @APIResponse(responseCode = "403", description = "another person's record")
  @APIResponse(responseCode = "404", description = "no such record, or nothing planned for it")
  public FollowUpItem read(@PathParam("id") long id) {
    FollowUp followUp =
        followUps
            .ofRecord(id)
            .orElseThrow(() -> new NotFoundException("Nothing was planned for record " + id));
    return FollowUpItem.of(followUp, followUps.today());
  }

  @PUT
  @Operation(
      summary =
          "Plan or answer: intendedChange {text, areaCode} by the person (the follow-up falls due"
              + " cpd.follow-up.weeks, default 6, after completion); stage NOT_YET, TRIED or"
              + " EMBEDDED with a note by the person or their line manager")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = FollowUpItem.class)))
  @APIResponse(responseCode = "400", description = "a missing or wrong field, named")
  @APIResponse(responseCode = "403", description = "not the person or their line manager")
  @APIResponse(responseCode = "404", description = "no such record")
  public FollowUpItem put(@PathParam("id") long id, FollowUpJson json) {
    if (json == null || json.intendedChange() == null && json.stage() == null) {
      throw new InvalidInputException("Send intendedChange {text, areaCode} or a stage as JSON");
    }
    FollowUp saved = null;
    if (json.intendedChange() != null) {
      saved = followUps.plan(id, json.intendedChange().text(), json.intendedChange().areaCode());
    }
    if (json.stage() != null || json.note() != null) {
      saved = followUps.answer(id, json.stage(), json.note());
    }
    return FollowUpItem.of(saved, followUps.today());
  }
}
