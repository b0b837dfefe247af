package org.sendcpd.selfreview.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.IsoDates;
import org.sendcpd.selfreview.control.SelfReviewPictures;

/** The self-review's indicators, beside the rest of /api/analysis. */
@Path("analysis/whole-school")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WholeSchoolResource {

  @Inject SelfReviewPictures pictures;
  @Inject SchoolChoice schools;

  @GET
  @Operation(
      summary =
          "How SEND expertise is shared in a school on a date (today by default): the SENCO's"
              + " share of specialist-level holdings, teachers at enhanced or above per area of"
              + " need, CPD hours of teachers and TAs this academic year, staff who led in-house"
              + " training or coaching, single points of failure")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = WholeSchoolJson.class)))
  @APIResponse(responseCode = "400", description = "date is not an ISO date")
  @APIResponse(responseCode = "403", description = "the school is not one the caller sees")
  public WholeSchoolJson get(
      @QueryParam("schoolId") Long schoolId, @QueryParam("date") String date) {
    return WholeSchoolJson.of(
        pictures.indicators(schools.resolve(schoolId), IsoDates.referenceDate(date)));
  }
}
