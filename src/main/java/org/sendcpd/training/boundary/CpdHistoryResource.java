package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.training.control.CpdHistoryImport;
import org.sendcpd.training.control.CpdHistoryResult;
import org.sendcpd.training.control.HistoryFiles;

/** Import of a school's CPD history from a CSV or XLSX file, with a dry run first. */
@Path("cpd-records/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CpdHistoryResource {

  @Inject CpdHistoryImport history;
  @Inject SchoolChoice schools;

  @POST
  @Consumes({"text/csv", HistoryFiles.XLSX})
  @Operation(
      operationId = "importCpdHistory",
      summary =
          "Import past CPD records (CSV, or the first sheet of an XLSX, header"
              + " email,course_title,delivery,completed_on,hours,competence_code,level,expires_on,"
              + "provider,cost) for the SENCO or head of the school: all lines are saved or none,"
              + " verified by the importer and marked IMPORTED; dryRun=true checks without saving")
  @APIResponse(
      responseCode = "200",
      description = "checked (dry run) or saved: lines, records and records created",
      content = @Content(schema = @Schema(implementation = CpdHistoryJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "nothing saved: each wrong line with its number and what is wrong",
      content = @Content(schema = @Schema(implementation = CpdHistoryJson.class)))
  @APIResponse(responseCode = "401", description = "not signed in")
  @APIResponse(responseCode = "403", description = "not the SENCO or head of the school")
  @APIResponse(responseCode = "413", description = "the file is larger than 10 MB")
  public Response importHistory(
      @Parameter(description = "the school (default: the caller's own)") @QueryParam("schoolId")
          Long schoolId,
      @Parameter(description = "true: check and count only, save nothing") @QueryParam("dryRun")
          boolean dryRun,
      InputStream body) {
    long school = schools.resolve(schoolId);
    CpdHistoryResult result = history.run(school, read(body), dryRun);
    return Response.status(result.isClean() ? 200 : 400).entity(CpdHistoryJson.of(result)).build();
  }

  private static byte[] read(InputStream body) {
    try (InputStream in = body) {
      return HistoryFiles.readLimited(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
