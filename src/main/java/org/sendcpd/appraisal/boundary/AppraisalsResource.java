package org.sendcpd.appraisal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.appraisal.control.AppraisalSetup;
import org.sendcpd.appraisal.control.AppraisalSheet;
import org.sendcpd.appraisal.control.Appraisals;
import org.sendcpd.appraisal.control.Objectives;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.appraisal.entity.Objective;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * Appraisals and their objectives. The same rules as the screens: a person reads their own, a line
 * manager their reports', the head the school's; the SENCO reads objectives without review notes.
 * Every reading is audited (APPRAISAL_VIEWED).
 */
@Path("appraisals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppraisalsResource {

  @Inject Appraisals appraisals;
  @Inject AppraisalSetup setup;
  @Inject Objectives objectives;
  @Inject CurrentUser caller;

  @GET
  @Operation(
      summary =
          "The appraisals the caller may see (the school's for head and SENCO with schoolId, else"
              + " their appraisees'), optionally of one person")
  public List<AppraisalJson> list(
      @QueryParam("schoolId") Long schoolId, @QueryParam("staffId") Long staffId) {
    Long school = schoolId == null ? caller.schoolId().orElse(null) : schoolId;
    return appraisals.visible(school, staffId).stream().map(AppraisalJson::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One appraisal with its objectives (reviews null for the SENCO)")
  public AppraisalJson read(@PathParam("id") long id) {
    return AppraisalJson.of(appraisals.read(id));
  }

  @POST
  @Operation(summary = "Open a person's appraisal for an academic year")
  @APIResponse(
      responseCode = "201",
      description = "The appraisal opened; Location names it",
      content = @Content(schema = @Schema(implementation = AppraisalJson.class)))
  @APIResponse(
      responseCode = "409",
      description = "The person has an appraisal for that year already")
  public Response create(AppraisalRequest request, @Context UriInfo uri) {
    if (request == null) {
      throw new InvalidInputException("Send staffId, appraiserId and academicYear");
    }
    Appraisal saved = setup.open(request.staffId(), request.appraiserId(), request.academicYear());
    return Response.created(uri.getAbsolutePathBuilder().path(saved.getId().toString()).build())
        .entity(AppraisalJson.of(appraisals.read(saved.getId())))
        .build();
  }

  @GET
  @Path("{id}/objectives")
  @Operation(
      operationId = "listObjectives",
      summary = "An appraisal's objectives (reviews null for the SENCO)")
  public List<ObjectiveJson> objectives(@PathParam("id") long id) {
    AppraisalSheet sheet = appraisals.read(id);
    return sheet.objectives().stream().map(o -> ObjectiveJson.of(id, o)).toList();
  }

  @POST
  @Path("{id}/objectives")
  @Operation(summary = "Add an objective (the appraiser, line manager or head)")
  @APIResponse(
      responseCode = "201",
      description = "The objective added; Location names it",
      content = @Content(schema = @Schema(implementation = ObjectiveJson.class)))
  public Response addObjective(@PathParam("id") long id, ObjectiveJson json, @Context UriInfo uri) {
    if (json == null) {
      throw new InvalidInputException("Send the objective as JSON");
    }
    Objective saved = objectives.add(id, json.draft());
    ObjectiveJson answer =
        appraisals.read(id).objectives().stream()
            .filter(o -> o.id() == saved.getId())
            .map(o -> ObjectiveJson.of(id, o))
            .findFirst()
            .orElseThrow();
    return Response.created(uri.getAbsolutePathBuilder().path(saved.getId().toString()).build())
        .entity(answer)
        .build();
  }
}
