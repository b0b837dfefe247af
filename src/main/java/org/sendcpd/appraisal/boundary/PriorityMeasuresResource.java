package org.sendcpd.appraisal.boundary;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.appraisal.control.PriorityMeasures;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * The success measures of a development-plan priority over time: numbers about groups of pupils.
 */
@Path("priorities/{id: \\d+}/measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriorityMeasuresResource {

  @Inject PriorityMeasures measures;

  @GET
  @Operation(summary = "A priority's measures, oldest first")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MeasureJson.class)))
  @APIResponse(responseCode = "400", description = "no such priority")
  @APIResponse(responseCode = "403", description = "another school's priority")
  public List<MeasureJson> list(@PathParam("id") long id) {
    return measures.of(id).stream().map(MeasureJson::of).toList();
  }

  @POST
  @Operation(
      summary =
          "Add a measure (the school's SENCO or head): {takenOn, label, value, outOf?}, taken in"
              + " the priority's academic year and not in the future; a count or percentage about"
              + " a group of pupils, never a pupil")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = MeasureJson.class)))
  @APIResponse(responseCode = "400", description = "a missing or wrong field, named")
  @APIResponse(responseCode = "403", description = "not the school's SENCO or head")
  public Response add(@PathParam("id") long id, MeasureJson json) {
    if (json == null) {
      throw new InvalidInputException("Send the measure as JSON");
    }
    MeasureJson saved = MeasureJson.of(measures.add(id, json.draft()));
    return Response.status(201).entity(saved).build();
  }
}
