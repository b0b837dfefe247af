package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.analysis.FollowUpRules;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.FollowUpItem;
import org.sendcpd.training.control.FollowUps;

/**
 * Follow-ups of a school: all of them for its SENCO and head, one's own and one's reports' else.
 */
@Path("follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpsResource {

  @Inject FollowUps followUps;
  @Inject SchoolChoice schools;

  @GET
  @Operation(
      summary =
          "Follow-ups, soonest due first: the school's for its SENCO and head; the caller's own"
              + " and their reports' for everyone else. status DUE (due, unanswered) or ANSWERED")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpItem.class)))
  @APIResponse(responseCode = "400", description = "an unknown status")
  @APIResponse(responseCode = "403", description = "another school")
  public List<FollowUpItem> list(
      @QueryParam("schoolId") Long schoolId,
      @Parameter(description = "DUE or ANSWERED; all when absent") @QueryParam("status")
          String status) {
    FollowUpRules.Status wanted = status(status);
    LocalDate today = followUps.today();
    return followUps.ofSchool(schools.resolve(schoolId)).stream()
        .map(f -> FollowUpItem.of(f, today))
        .filter(f -> wanted == null || f.status() == wanted)
        .toList();
  }

  private static FollowUpRules.Status status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return switch (status) {
      case "DUE" -> FollowUpRules.Status.DUE;
      case "ANSWERED" -> FollowUpRules.Status.ANSWERED;
      default -> throw new InvalidInputException("status must be DUE or ANSWERED");
    };
  }
}
