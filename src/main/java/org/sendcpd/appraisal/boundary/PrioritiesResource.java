package org.sendcpd.appraisal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.appraisal.control.DevelopmentPlans;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;

/** The priorities of a school's SEND development plan. */
@Path("priorities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrioritiesResource {

  @Inject DevelopmentPlans plans;
  @Inject SchoolChoice schools;

  @GET
  @Operation(
      summary =
          "A school's priorities for an academic year (default: the school's open appraisal year)")
  public List<PriorityJson> list(
      @QueryParam("schoolId") Long schoolId, @QueryParam("academicYear") String academicYear) {
    long school = schools.resolve(schoolId);
    String year = academicYear == null ? plans.currentYear(school, LocalDate.now()) : academicYear;
    return plans.priorities(school, year).stream().map(PriorityJson::of).toList();
  }

  @POST
  @Operation(summary = "Add a priority to the plan (SENCO or head of the school)")
  @APIResponse(
      responseCode = "201",
      description = "The priority added; Location names it",
      content = @Content(schema = @Schema(implementation = PriorityJson.class)))
  public Response create(PriorityJson json, @Context UriInfo uri) {
    if (json == null) {
      throw new InvalidInputException("Send the priority as JSON");
    }
    SchoolPriority saved = plans.addPriority(json.draft(schools.resolve(json.schoolId())));
    return Response.created(uri.getAbsolutePathBuilder().path(saved.getId().toString()).build())
        .entity(PriorityJson.of(saved))
        .build();
  }
}
