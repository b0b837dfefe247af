package org.sendcpd.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.assessment.control.Observations;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;

/** Observations: competence confirmed by someone who saw the person practise it. */
@Path("observations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObservationsResource {

  @Inject Observations observations;
  @Inject StaffService staff;
  @Inject CurrentUser caller;

  @GET
  @Operation(
      summary =
          "A person's observations, newest first (the caller's own unless staffId): for them,"
              + " their line manager, and their school's SENCO and head")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationJson.class)))
  @APIResponse(responseCode = "400", description = "no staffId and the caller has no staff record")
  @APIResponse(responseCode = "403", description = "another person the caller may not see")
  @APIResponse(responseCode = "404", description = "no such member of staff")
  public List<ObservationJson> list(@QueryParam("staffId") Long staffId) {
    return observations.of(person(staffId)).stream().map(ObservationJson::of).toList();
  }

  @POST
  @Operation(
      summary =
          "Record that you saw a person practise a competence at a level: by their line manager,"
              + " or the SENCO or head of their school, never by the person. It is verified"
              + " evidence (source OBSERVATION) held from observedOn, with no expiry")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = ObservationJson.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "a field is missing or wrong (unknown competence, a level off its ladder, a day in the"
              + " future or out of post, no note); nothing was saved")
  @APIResponse(
      responseCode = "403",
      description = "the caller observing themselves, or someone they do not manage or lead")
  public Response record(ObservationJson json) {
    if (json == null) {
      throw new InvalidInputException("Send the observation as JSON");
    }
    ObservationJson saved = ObservationJson.of(observations.record(json.draft()));
    return Response.created(URI.create("observations/" + saved.id())).entity(saved).build();
  }

  private StaffMember person(Long staffId) {
    if (staffId == null) {
      return caller
          .staff()
          .orElseThrow(() -> new InvalidInputException("Name the person with staffId"));
    }
    return staff.find(staffId).orElseThrow(NotFoundException::new);
  }
}
