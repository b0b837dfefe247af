package org.sendcpd.deployment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.deployment.control.DeploymentImport;
import org.sendcpd.deployment.control.Deployments;
import org.sendcpd.organisation.control.LineError;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;

/** Deployments from a CSV (an MIS or a timetable export). */
@Path("deployments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentImportResource {

  /** A refused import: the API's error shape with the import answer's fields. */
  public record Refusal(
      String error, List<LineError> details, int people, int deployments, List<LineError> errors) {}

  @Inject Deployments deployments;
  @Inject SchoolChoice schools;

  @POST
  @Path("import")
  @Consumes("text/csv")
  @Operation(
      summary =
          "Import deployments: header email,group,days,from,to; days as MON TUE or MON-THU, dates"
              + " ISO or dd/MM/yyyy (optional). Replaces the deployments of each person the file"
              + " names; all lines are saved or none, errors name their line")
  @APIResponse(responseCode = "200", description = "people and deployments written")
  @APIResponse(responseCode = "400", description = "a line is wrong: nothing was saved")
  @APIResponse(responseCode = "403", description = "another school")
  public Response importCsv(@QueryParam("schoolId") Long schoolId, String csv) {
    if (csv == null || csv.isBlank()) {
      throw new InvalidInputException("Send the deployments as CSV with a header line");
    }
    DeploymentImport result = deployments.importCsv(schools.resolve(schoolId), csv);
    if (result.errors().isEmpty()) {
      return Response.ok(result).build();
    }
    return Response.status(400)
        .entity(
            new Refusal(
                "The file was not imported: "
                    + result.errors().size()
                    + " problem(s); nothing was saved",
                result.errors(),
                0,
                0,
                result.errors()))
        .build();
  }
}
