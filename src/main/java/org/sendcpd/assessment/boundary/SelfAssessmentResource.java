package org.sendcpd.assessment.boundary;

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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.assessment.control.Rating;
import org.sendcpd.assessment.control.SelfAssessments;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.StaffMember;

/** A person's own view of their confidence in what is asked of them: never counted as held. */
@Path("staff/{id: \\d+}/self-assessment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelfAssessmentResource {

  @Inject SelfAssessments assessments;
  @Inject StaffService staff;

  @GET
  @Operation(
      summary =
          "The person's latest rating of each competence (confidence 1 to 4), for them, their line"
              + " manager, and their school's SENCO and head")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = SelfAssessmentJson.class)))
  @APIResponse(responseCode = "403", description = "a person the caller may not see")
  @APIResponse(responseCode = "404", description = "no such member of staff")
  public List<SelfAssessmentJson> read(@PathParam("id") long id) {
    return assessments.latestOf(person(id)).stream().map(SelfAssessmentJson::of).toList();
  }

  @PUT
  @Operation(
      summary =
          "Rate one's own confidence today in competences asked of one (by role or objective):"
              + " [{competenceCode, confidence 1..4}]; competences left out keep their earlier"
              + " rating. By the person only. Answers the latest rating of each competence")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = SelfAssessmentJson.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "an unknown or unasked competence, a confidence off 1 to 4, a day other than today, a"
              + " competence named twice, or nothing to rate; nothing was saved")
  @APIResponse(responseCode = "403", description = "anyone but the person")
  @APIResponse(responseCode = "404", description = "no such member of staff")
  public List<SelfAssessmentJson> rate(@PathParam("id") long id, List<SelfAssessmentJson> json) {
    List<Rating> ratings = new ArrayList<>();
    if (json != null) {
      json.forEach(j -> ratings.add(j == null ? null : j.rating()));
    }
    return assessments.rate(person(id), ratings).stream().map(SelfAssessmentJson::of).toList();
  }

  private StaffMember person(long id) {
    return staff.find(id).orElseThrow(NotFoundException::new);
  }
}
